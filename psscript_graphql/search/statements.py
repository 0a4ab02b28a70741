"""The SQL of each search mode: ranked candidates as (id, score) selects, fused for HYBRID.

Each mode is shaped so PostgreSQL answers it from its index (bench/search_plans.py checks this
on 50,000 scripts):
- TEXT: `search_vector @@ tsquery` → GIN on the generated tsvector, and the same tsquery on
  the title GIN index; the first matches of each are ranked by `ts_rank` (see below).
- FUZZY (`fuzzy.py`): query words corrected against the vocabulary (trigram GiST) and tag
  names (trigram GIN), then scripts through the title GIN index and script_tags by tag id.
- SEMANTIC: `ORDER BY embedding <=> :vector LIMIT n` over script_embeddings → HNSW, with
  pgvector's iterative scan so visibility and filters never leave a page short; scripts less
  similar than SEARCH_SIMILARITY_FLOOR are cut from the nearest found (`max_distance`).
- HYBRID: reciprocal rank fusion of the top `HYBRID_DEPTH` of each, in one statement.

Capped candidates: ranking reads the rows it ranks, and a common word can match a quarter of
all scripts (12,500 of 50,000 in the large seed), so TEXT and FUZZY rank a bounded candidate
set: the first `TEXT_CANDIDATES` visible matches plus the first `TEXT_TITLE_CANDIDATES` title
matches (FUZZY: `fuzzy.FUZZY_CANDIDATES` per correction, plus as many that match every query
word), in the order a bitmap scan of the index returns them, which is table order. Below the
caps ranking is exact; above them a page holds the best of those candidates, not necessarily
of every match, and `totalCount` counts the candidates. `session_settings` keeps the planner
on bitmap scans and off parallel plans so the same query always gets the same candidates.

Scores that feed cursors are computed exactly (numeric sums), so a repeated query yields the
same values and keyset pages neither skip nor repeat a row.

Every value of a query is a named bind parameter (`words()` and friends below supply them), so
`shapes.py` builds each statement once per shape — the mode, how many aliases and fuzzy words,
whether there are `-word`s — and every search of that shape only binds its values. The
candidate caps are parameters too, read when a search runs (tests lower them).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Float,
    Integer,
    Numeric,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal,
    not_,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.db import models
from psscript_graphql.search import documents, fuzzy
from psscript_graphql.search.query_text import SearchText

Script, Embedding = models.Script, models.ScriptEmbedding

RRF_K = 60  # the usual constant of reciprocal rank fusion: 1 / (60 + rank)
HYBRID_DEPTH = 100  # candidates taken from each mode before fusing
HNSW_EF_SEARCH = 100
TEXT_TITLE_CANDIDATES = 200  # title matches ranked by ts_rank per TEXT search (weighed most)
TEXT_CANDIDATES = 500  # … plus as many other matches
# pg_trgm's `%` threshold; its default 0.3 lets "log" correct to half the vocabulary, and
# "bakup" is 0.44 from "backup".
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


@lru_cache(maxsize=None)
def session_settings(mode: Mode | None = None) -> Select[Any]:
    """Run first in the search's transaction: pg_trgm's threshold, pgvector's scan, plan shape.

    `mode` None: the settings every search statement needs (Script.similar uses those). One
    statement per mode for the process: it has no per-search values.
    """
    settings = [
        func.set_config("pg_trgm.similarity_threshold", str(SIMILARITY_THRESHOLD), true()),
        func.set_config("hnsw.ef_search", str(HNSW_EF_SEARCH), true()),
        # Keep walking the graph until LIMIT rows pass the filters, in exact distance order.
        func.set_config("hnsw.iterative_scan", "strict_order", true()),
        # Capped candidate scans (LIMIT without ORDER BY) must return the same rows every time
        # (cursors rely on it): bitmap scans of the search's index, which return rows in table
        # order, with no parallel workers racing. For a word it believes common, the planner
        # would rather stop early in a scan of the table or of the primary key: other rows, and
        # slower (57 ms instead of 3 for "services OR certificates" on 50,000 scripts) or a read
        # of the whole table when its guess is wrong.
        func.set_config("max_parallel_workers_per_gather", "0", true()),
        func.set_config("enable_seqscan", "off", true()),
        # The best plan depends on the words (how common, whether a `-word` empties a bitmap);
        # after five runs of a prepared statement PostgreSQL may settle on a generic plan that
        # cannot see them ("backup -robocopy": 5 ms, then 25 ms).
        func.set_config("plan_cache_mode", "force_custom_plan", true()),
    ]
    if mode in (Mode.TEXT, Mode.FUZZY):
        # Plain index scans too; not for SEMANTIC and HYBRID, whose HNSW index has no bitmap
        # scan (HYBRID's text and fuzzy scans keep bitmap scans by their shape, see text_matches).
        settings.append(func.set_config("enable_indexscan", "off", true()))
    return select(*settings)


def _param(name: str, type_: Any = String) -> Any:
    return bindparam(name, type_=type_)


def cap_values() -> dict[str, int]:
    """The candidate caps as bound values, read per search so tests can lower them."""
    return {
        "text_title_candidates": TEXT_TITLE_CANDIDATES,
        "text_candidates": TEXT_CANDIDATES,
        "hybrid_depth": HYBRID_DEPTH,
        "fuzzy_corrections": fuzzy.FUZZY_CORRECTIONS,
        "fuzzy_candidates": fuzzy.FUZZY_CANDIDATES,
    }


def text_values(text: SearchText) -> dict[str, str]:
    """The values of `text_query` and `excluded_condition` for one query."""
    values = {"websearch": text.websearch}
    for index, (alias, command) in enumerate(text.aliases):
        values[f"alias_{index}"], values[f"command_{index}"] = alias, command
    if text.excluded:
        values["excluded"] = " OR ".join(text.excluded)
    return values


def vector_values(vector: QueryVector, similarity_floor: float) -> dict[str, Any]:
    return {
        "query_vector": vector.vector,
        "vector_model": vector.model,
        "vector_dimensions": vector.dimensions,
        "max_distance": 1.0 - similarity_floor,
    }


def _websearch(value: Any) -> ColumnElement[Any]:
    return func.websearch_to_tsquery(documents.config(), value, type_=TSQUERY)


def text_query(aliases: int) -> ColumnElement[Any]:
    """The tsquery: web-search syntax, each of `aliases` aliases ANDed in as "alias OR its command"."""
    query = _websearch(_param("websearch"))
    for index in range(aliases):
        either = _websearch(_param(f"alias_{index}")).op("||")(_websearch(_param(f"command_{index}")))
        query = query.op("&&", return_type=TSQUERY)(either)
    return query


def excluded_condition(excluded: bool) -> ColumnElement[bool]:
    """`-word`s hold in every mode: no result's title, tags, description or content has them."""
    if not excluded:
        return true()
    return not_(Script.search_vector.op("@@", return_type=Boolean)(_websearch(_param("excluded"))))


def text_matches(aliases: int, excluded: bool, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """Up to TEXT_TITLE_CANDIDATES title matches and TEXT_CANDIDATES other matches, with ts_rank.

    Title matches rank highest (weight A), so they are looked for on their own: the cap on the
    other matches must not leave out the scripts whose title is the query. A title match is a
    match of the whole document too (the title comes first in it, positions unchanged). The
    other matches skip the title candidates by id, so the two parts need no duplicate removal,
    whose wish for rows in id order would tempt the planner into a primary key scan.
    """
    query = text_query(aliases)
    score = cast(func.ts_rank(Script.search_vector, query, 1), Float)  # 1: damp long scripts
    in_title = [documents.title_vector().op("@@")(query)]
    if excluded:
        # `-word`s are in the tsquery; only the whole document's index can tell which titles'
        # scripts have them elsewhere (else every title match is read to find out).
        in_title.append(Script.search_vector.op("@@")(query))
    by_title = (
        select(Script.id.label("id"), score.label("score"))
        .where(*in_title, *conditions)
        .limit(_param("text_title_candidates", Integer))
        .cte("text_title_candidates")
    )
    elsewhere = (
        select(Script.id.label("id"), score.label("score"))
        .where(Script.search_vector.op("@@")(query), Script.id.not_in(select(by_title.c.id)), *conditions)
        .limit(_param("text_candidates", Integer))
    )
    candidates = union_all(select(by_title.c.id, by_title.c.score), elsewhere).subquery("text_candidates")
    return select(candidates.c.id, candidates.c.score)


def semantic_distance() -> ColumnElement[Any]:
    return Embedding.embedding.cosine_distance(_param("query_vector", Embedding.embedding.type))


def max_distance() -> ColumnElement[Any]:
    """The cosine distance of SEARCH_SIMILARITY_FLOOR: farther scripts never match (a query of
    nonsense finds nothing instead of everything in order of distance)."""
    return _param("max_distance", Float)


def semantic_matches(conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """Nearest first; the caller must ORDER BY the distance with a LIMIT for the HNSW index."""
    model, dimensions = _param("vector_model"), _param("vector_dimensions", Integer)
    return (
        select(Embedding.script_id.label("id"), semantic_distance().label("distance"))
        .join(Script, Script.id == Embedding.script_id)
        .where(Embedding.model == model, Embedding.dimensions == dimensions, *conditions)
    )


def _ranked(matches: Select[Any], order: list[ColumnElement[Any]], source: str) -> Select[Any]:
    """Top HYBRID_DEPTH of one mode as (id, rank, source)."""
    top = matches.order_by(*order).limit(_param("hybrid_depth", Integer)).subquery(f"{source}_top")
    columns = top.c
    if "distance" not in columns:
        rank = func.row_number().over(order_by=[columns.score.desc(), columns.id.desc()])
        return select(columns.id, rank.label("rank"), literal(source).label("source"))
    # The floor applies to the nearest found (not inside the index scan, which would then walk
    # the whole graph looking for rows that pass): nearest first, so those cut are the farthest.
    rank = func.row_number().over(order_by=[columns.distance.asc(), columns.id.asc()])
    return select(columns.id, rank.label("rank"), literal(source).label("source")).where(columns.distance <= max_distance())


def hybrid_matches(
    aliases: int, excluded: bool, word_count: int, vector: bool, conditions: list[ColumnElement[bool]]
) -> Select[Any]:
    """Reciprocal rank fusion: score = Σ 1 / (RRF_K + rank) over the modes that found a script.

    Without a query vector (the embedding provider failed) it fuses TEXT and FUZZY only.
    """
    text_hits = text_matches(aliases, excluded, conditions).subquery("text_all")
    fuzzy_hits = fuzzy.fuzzy_matches(word_count, conditions).subquery("fuzzy_all")
    parts = [
        _ranked(select(text_hits.c.id, text_hits.c.score), [text_hits.c.score.desc(), text_hits.c.id.desc()], "text"),
        _ranked(select(fuzzy_hits.c.id, fuzzy_hits.c.score), [fuzzy_hits.c.score.desc(), fuzzy_hits.c.id.desc()], "fuzzy"),
    ]
    if vector:
        semantic = semantic_matches(conditions)
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


def headline(aliases: int) -> ColumnElement[Any]:
    """ts_headline over description and the start of the content, highlights as MARK_*."""
    document = func.concat_ws("\n", Script.description, func.left(Script.content, HEADLINE_CHARS))
    clean = func.translate(document, MARK_START + MARK_END, "")
    return func.ts_headline(documents.config(), clean, text_query(aliases), HEADLINE_OPTIONS)
