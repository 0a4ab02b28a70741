"""The SQL of each search mode: ranked candidates as (id, score) selects, fused for HYBRID.

Each mode is shaped so PostgreSQL answers it from its index (bench/search_plans.py checks this
on 50,000 scripts):
- TEXT: `search_vector @@ tsquery` → GIN on the generated tsvector; ranked by `ts_rank`.
- FUZZY: `word <% title` per query word → trigram GIN on titles (a BitmapOr of one scan per
  word); `tag.name % word` → trigram GIN on tag names, then script_tags by tag id.
- SEMANTIC: `ORDER BY embedding <=> :vector LIMIT n` over script_embeddings → HNSW, with
  pgvector's iterative scan so visibility and filters never leave a page short.
- HYBRID: reciprocal rank fusion of the top `HYBRID_DEPTH` of each, in one statement.

Scores that feed cursors are computed exactly (numeric sums), so a repeated query yields the
same values and keyset pages neither skip nor repeat a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Float, Numeric, Select, cast, false, func, literal, literal_column, not_, select, true, union_all
from sqlalchemy.dialects.postgresql import REGCONFIG, TSQUERY
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import TEXT_SEARCH_CONFIG
from psscript_graphql.search.query_text import SearchText

Script, ScriptTag, Tag, Embedding = models.Script, models.ScriptTag, models.Tag, models.ScriptEmbedding

RRF_K = 60  # the usual constant of reciprocal rank fusion: 1 / (60 + rank)
HYBRID_DEPTH = 100  # candidates taken from each mode before fusing
HNSW_EF_SEARCH = 100
# pg_trgm's `<%` and `%` thresholds; their default 0.6 / 0.3 miss "bakup" for "backup" (0.44)
# and let "log" match half the tag list.
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
    query = text_query(text)
    score = cast(func.ts_rank(Script.search_vector, query, 1), Float)  # 1: damp long scripts
    return select(Script.id.label("id"), score.label("score")).where(Script.search_vector.op("@@")(query), *conditions)


def fuzzy_matches(text: SearchText, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """Score = mean over query words of the best trigram match in the title or a tag name."""
    words = text.fuzzy_words
    if not words:
        return select(Script.id.label("id"), literal(0.0, Float).label("score")).where(false())
    hits = []
    for index, word in enumerate(words):
        hits.append(
            select(Script.id.label("id"), literal(index).label("word"), func.word_similarity(word, Script.title).label("sim"))
            .where(literal(word).op("<%")(Script.title))
        )
        # The few matching tags first (an array), so script_tags is read by its tag_id index.
        tag_ids = func.array(select(Tag.id).where(Tag.name.op("%")(word)).scalar_subquery())
        hits.append(
            select(ScriptTag.script_id.label("id"), literal(index).label("word"), func.similarity(Tag.name, word).label("sim"))
            .join(Tag, Tag.id == ScriptTag.tag_id)
            .where(ScriptTag.tag_id == func.any(tag_ids))
        )
    all_hits = union_all(*hits).subquery("fuzzy_hits")
    best = (
        select(all_hits.c.id, all_hits.c.word, func.max(all_hits.c.sim).label("best"))
        .group_by(all_hits.c.id, all_hits.c.word)
        .subquery("fuzzy_best")
    )
    # numeric: an exact sum, the same whatever order the words' rows arrive in (cursors rely on it)
    mean = func.sum(cast(best.c.best, Numeric)) / len(words)
    score = cast(mean, Float)
    # Sorted before visibility and filters are checked (by primary key), so a page stops looking
    # scripts up once it is full instead of checking every candidate.
    per_script = (
        select(best.c.id, score.label("score")).group_by(best.c.id).order_by(score.desc(), best.c.id.desc())
    ).subquery("fuzzy_scores")
    return select(per_script.c.id, per_script.c.score).join(Script, Script.id == per_script.c.id).where(*conditions)


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
