"""The SQL of each search mode: ranked candidates as (id, score) selects, fused for HYBRID.

Each mode is shaped so PostgreSQL answers it from its index (bench/search_plans.py checks this
on 50,000 scripts):
- TEXT: `search_vector @@ tsquery` → GIN on the generated tsvector; the first
  `TEXT_CANDIDATES` matches are ranked by `ts_rank` (see below).
- FUZZY: each query word is corrected against the vocabulary of title words and tag names
  (`search_terms`, nearest terms by trigram distance → its GiST index) and against tag names
  (trigram GIN on tags); a corrected title word finds scripts through the GIN index on
  `to_tsvector(title)`, a tag through script_tags by tag id.
- SEMANTIC: `ORDER BY embedding <=> :vector LIMIT n` over script_embeddings → HNSW, with
  pgvector's iterative scan so visibility and filters never leave a page short.
- HYBRID: reciprocal rank fusion of the top `HYBRID_DEPTH` of each, in one statement.

Capped candidates: ranking reads the rows it ranks, and a common word can match a quarter of
all scripts (12,500 of 50,000 in the large seed), so TEXT and FUZZY rank a bounded candidate
set: the first `TEXT_CANDIDATES` (FUZZY: `FUZZY_CANDIDATES` per correction, plus as many that
match every query word) visible matches in the order the index scan returns them, which is
table order. Below the cap ranking is exact; above it a page holds the best of those
candidates, not necessarily of every match, and `totalCount` counts the candidates. Parallel
plans and synchronized sequential scans are switched off for the search's transaction so the
same query always gets the same candidates (cursors rely on it).

Scores that feed cursors are computed exactly (numeric sums), so a repeated query yields the
same values and keyset pages neither skip nor repeat a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import (
    BigInteger, Boolean, Float, Numeric, Select, Text, cast, false, func, literal, literal_column, not_, null,
    select, true, union_all,
)
from sqlalchemy.dialects.postgresql import REGCONFIG, TSQUERY, TSVECTOR
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import TEXT_SEARCH_CONFIG
from psscript_graphql.search.query_text import SearchText

Script, ScriptTag, Tag = models.Script, models.ScriptTag, models.Tag
Embedding, Term = models.ScriptEmbedding, models.SearchTerm

RRF_K = 60  # the usual constant of reciprocal rank fusion: 1 / (60 + rank)
HYBRID_DEPTH = 100  # candidates taken from each mode before fusing
HNSW_EF_SEARCH = 100
TEXT_CANDIDATES = 1000  # matches ranked by ts_rank per TEXT search (bench: ~13 ms for 1,000)
FUZZY_CORRECTIONS = 3  # vocabulary terms per query word
FUZZY_CANDIDATES = 200  # scripts per correction, and scripts matching every query word
# pg_trgm's `<%` and `%` thresholds; their default 0.6 / 0.3 miss "bakup" for "backup" (0.44)
# and let "log" correct to half the vocabulary.
WORD_SIMILARITY_THRESHOLD = 0.4
SIMILARITY_THRESHOLD = 0.4
HEADLINE_CHARS = 10_000
# Private-use code points mark highlights inside PostgreSQL; Python turns them into <mark> after
# HTML-escaping the rest, so script text can never inject markup.
MARK_START, MARK_END = "\ue000", "\ue001"
HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=24, MinWords=10, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


class Mode(Enum):
    HYBRID = "hybrid"
    TEXT = "text"
    FUZZY = "fuzzy"
    SEMANTIC = "semantic"


@dataclass(frozen=True)
class QueryVector:
    """The query's embedding and the model whose stored vectors it may be compared with."""

    vector: list[float]
    model: str
    dimensions: int


def session_settings() -> Select[Any]:
    """Run first in the search's transaction: pg_trgm thresholds and pgvector's scan settings."""
    return select(
        func.set_config("pg_trgm.word_similarity_threshold", str(WORD_SIMILARITY_THRESHOLD), true()),
        func.set_config("pg_trgm.similarity_threshold", str(SIMILARITY_THRESHOLD), true()),
        func.set_config("hnsw.ef_search", str(HNSW_EF_SEARCH), true()),
        # Keep walking the graph until LIMIT rows pass the filters, in exact distance order.
        func.set_config("hnsw.iterative_scan", "strict_order", true()),
        # Capped candidate scans (LIMIT without ORDER BY) must return the same rows every time:
        # no parallel workers racing, no sequential scan joining another one midway.
        func.set_config("max_parallel_workers_per_gather", "0", true()),
        func.set_config("synchronize_seqscans", "off", true()),
    )


def _config() -> ColumnElement[Any]:
    # A constant of our own, inlined so plans and logs show which configuration ran.
    return literal_column(f"'{TEXT_SEARCH_CONFIG}'::regconfig", REGCONFIG)


def text_query(text: SearchText) -> ColumnElement[Any]:
    """The tsquery: web-search syntax, each alias ANDed in as "alias OR its command"."""
    query: ColumnElement[Any] = func.websearch_to_tsquery(_config(), text.websearch, type_=TSQUERY)
    for alias, command in text.aliases:
        either = func.websearch_to_tsquery(_config(), alias, type_=TSQUERY).op("||")(
            func.websearch_to_tsquery(_config(), command, type_=TSQUERY)
        )
        query = query.op("&&", return_type=TSQUERY)(either)
    return query


def excluded_condition(text: SearchText) -> ColumnElement[bool]:
    """`-word`s hold in every mode: no result's title, tags, description or content has them."""
    if not text.excluded:
        return true()
    excluded = func.websearch_to_tsquery(_config(), " OR ".join(text.excluded), type_=TSQUERY)
    return not_(Script.search_vector.op("@@", return_type=Boolean)(excluded))


def text_matches(text: SearchText, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """The first TEXT_CANDIDATES visible matches, each with its ts_rank."""
    query = text_query(text)
    score = cast(func.ts_rank(Script.search_vector, query, 1), Float)  # 1: damp long scripts
    candidates = (
        select(Script.id.label("id"), score.label("score"))
        .where(Script.search_vector.op("@@")(query), *conditions)
        .limit(TEXT_CANDIDATES)
        .subquery("text_candidates")
    )
    return select(candidates.c.id, candidates.c.score)


def _corrections(words: list[str]) -> Any:
    """Per query word, what it may be a typo of: the nearest title words and the nearest tags.

    Up to FUZZY_CORRECTIONS of each above the similarity threshold; a title word comes with its
    tsquery (matched against titles alone), a tag with its id.
    """
    nearest = []
    for index, word in enumerate(words):
        nearest.append(
            select(
                literal(index).label("word"),
                func.similarity(Term.term, word).label("sim"),
                Term.term.label("term"),
                cast(null(), BigInteger).label("tag_id"),
            )
            .where(Term.term.op("%")(word))
            .order_by(Term.term.op("<->", return_type=Float)(word), Term.term)
            .limit(FUZZY_CORRECTIONS)
        )
        nearest.append(
            select(literal(index).label("word"), func.similarity(Tag.name, word).label("sim"), null().label("term"), Tag.id)
            .where(Tag.name.op("%")(word))
            .order_by(Tag.name.op("<->", return_type=Float)(word), Tag.id)
            .limit(FUZZY_CORRECTIONS)
        )
    found = union_all(*nearest).subquery("nearest")
    # Terms are words joined by hyphens (a CHECK on search_terms), so quoting them is safe.
    # `||`, not concat(): a tag's NULL term must give a NULL query, not an empty word.
    quoted = literal("'", Text) + cast(found.c.term, Text) + literal("'", Text)
    query = func.to_tsquery(_config(), quoted, type_=TSQUERY)
    return select(found.c.word, found.c.sim, found.c.tag_id, query.label("query")).cte("corrections")


def _title_vector(title: ColumnElement[Any] = Script.title) -> ColumnElement[Any]:
    """The expression of the ix_scripts_title_tsvector index."""
    return func.to_tsvector(_config(), title, type_=TSVECTOR)


def _capped(select_: Select[Any], conditions: list[ColumnElement[bool]]) -> Any:
    """The first FUZZY_CANDIDATES visible scripts of `select_`, as (id, title)."""
    return select_.add_columns(Script.id, Script.title).where(*conditions).limit(FUZZY_CANDIDATES).lateral()


def _title_matches(query: ColumnElement[Any]) -> Select[Any]:
    return select().select_from(Script).where(_title_vector().op("@@")(query))


def _every_word(corrections: Any) -> Any:
    """One row: the tsquery "a corrected title word for each query word" (none for one word)."""
    any_term = (
        select(corrections.c.word, func.string_agg(func.concat("(", cast(corrections.c.query, Text), ")"), " | ").label("query"))
        .where(corrections.c.query.is_not(None))
        .group_by(corrections.c.word)
        .subquery("any_term")
    )
    return (
        select(cast(func.string_agg(func.concat("(", any_term.c.query, ")"), " & "), TSQUERY).label("query"))
        .having(func.count() > 1)
        .subquery("every_word")
    )


def fuzzy_matches(text: SearchText, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """Score = mean over query words of the similarity of the nearest title word or tag the script has."""
    words = text.fuzzy_words
    if not words:
        return select(Script.id.label("id"), literal(0.0, Float).label("score")).where(false())
    corrections = _corrections(words)
    by_term = _capped(_title_matches(corrections.c.query), conditions)
    tagged = select().select_from(ScriptTag).join(Script, Script.id == ScriptTag.script_id)
    by_tag = _capped(tagged.where(ScriptTag.tag_id == corrections.c.tag_id), conditions)
    found = [
        select(by_term.c.id, by_term.c.title).select_from(corrections).join(by_term, true()).where(corrections.c.query.is_not(None)),
        select(by_tag.c.id, by_tag.c.title).select_from(corrections).join(by_tag, true()).where(corrections.c.tag_id.is_not(None)),
    ]
    if len(words) > 1:
        # Scripts whose title has every corrected word score highest; look for them on their
        # own so the per-term caps cannot leave them out.
        every_word = _every_word(corrections)
        by_all = _capped(_title_matches(every_word.c.query), conditions)
        found.append(select(by_all.c.id, by_all.c.title).select_from(every_word).join(by_all, true()))
    union = union_all(*found).subquery("found")
    # Each candidate once, its title's vector computed once (MATERIALIZED: the planner would
    # otherwise recompute it for every correction it is checked against).
    candidates = (
        select(union.c.id, _title_vector(union.c.title).label("vector"))
        .group_by(union.c.id, union.c.title)
        .cte("fuzzy_candidates")
        .prefix_with("MATERIALIZED")
    )
    # Which corrections each candidate has: title words on its title's vector, tags through
    # script_tags' primary key.
    in_title = select(candidates.c.id, corrections.c.word, corrections.c.sim).join(
        corrections, candidates.c.vector.op("@@")(corrections.c.query)
    )
    in_tags = (
        select(candidates.c.id, corrections.c.word, corrections.c.sim)
        .join(ScriptTag, ScriptTag.script_id == candidates.c.id)
        .join(corrections, corrections.c.tag_id == ScriptTag.tag_id)
    )
    has = union_all(in_title, in_tags).subquery("fuzzy_has")
    best = select(has.c.id, has.c.word, func.max(has.c.sim).label("best")).group_by(has.c.id, has.c.word).subquery("fuzzy_best")
    # numeric: an exact sum, the same whatever order the words' rows arrive in (cursors rely on it)
    score = cast(func.sum(cast(best.c.best, Numeric)) / len(words), Float)
    return select(best.c.id.label("id"), score.label("score")).group_by(best.c.id)


def semantic_distance(vector: QueryVector) -> ColumnElement[Any]:
    return Embedding.embedding.cosine_distance(vector.vector)


def semantic_matches(vector: QueryVector, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """Nearest first; the caller must ORDER BY the distance with a LIMIT for the HNSW index."""
    return (
        select(Embedding.script_id.label("id"), semantic_distance(vector).label("distance"))
        .join(Script, Script.id == Embedding.script_id)
        .where(Embedding.model == vector.model, Embedding.dimensions == vector.dimensions, *conditions)
    )


def _ranked(matches: Select[Any], order: list[ColumnElement[Any]], source: str) -> Select[Any]:
    """Top HYBRID_DEPTH of one mode as (id, rank, source)."""
    top = matches.order_by(*order).limit(HYBRID_DEPTH).subquery(f"{source}_top")
    columns = top.c
    order_in_top = [columns.distance.asc(), columns.id.asc()] if "distance" in columns else [columns.score.desc(), columns.id.desc()]
    rank = func.row_number().over(order_by=order_in_top)
    return select(columns.id, rank.label("rank"), literal(source).label("source"))


def hybrid_matches(
    text: SearchText, vector: QueryVector | None, conditions: list[ColumnElement[bool]]
) -> Select[Any]:
    """Reciprocal rank fusion: score = Σ 1 / (RRF_K + rank) over the modes that found a script.

    Without a query vector (the embedding provider failed) it fuses TEXT and FUZZY only.
    """
    text_hits = text_matches(text, conditions).subquery("text_all")
    fuzzy_hits = fuzzy_matches(text, conditions).subquery("fuzzy_all")
    parts = [
        _ranked(select(text_hits.c.id, text_hits.c.score), [text_hits.c.score.desc(), text_hits.c.id.desc()], "text"),
        _ranked(select(fuzzy_hits.c.id, fuzzy_hits.c.score), [fuzzy_hits.c.score.desc(), fuzzy_hits.c.id.desc()], "fuzzy"),
    ]
    if vector is not None:
        semantic = semantic_matches(vector, conditions)
        distance = semantic.selected_columns.distance
        parts.append(_ranked(semantic, [distance.asc(), Embedding.script_id.asc()], "semantic"))
    ranked = union_all(*parts).subquery("ranked")
    # numeric, not float: the sum is exact whatever order the rows arrive in.
    fused = func.sum(literal(1, Numeric) / (RRF_K + ranked.c.rank))
    return select(
        ranked.c.id,
        cast(fused, Float).label("score"),
        func.bool_or(ranked.c.source == "text").label("in_text"),
        func.bool_or(ranked.c.source == "fuzzy").label("in_fuzzy"),
        func.bool_or(ranked.c.source == "semantic").label("in_semantic"),
    ).group_by(ranked.c.id)


def headline(text: SearchText) -> ColumnElement[Any]:
    """ts_headline over description and the start of the content, highlights as MARK_*."""
    document = func.concat_ws("\n", Script.description, func.left(Script.content, HEADLINE_CHARS))
    clean = func.translate(document, MARK_START + MARK_END, "")
    return func.ts_headline(_config(), clean, text_query(text), HEADLINE_OPTIONS)
