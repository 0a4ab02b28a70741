"""The SQL of each search mode: ranked candidates as (id, score) selects, fused for HYBRID.

Each mode is shaped so PostgreSQL answers it from its index (bench/search_plans.py checks this
on 50,000 scripts):
- TEXT: `search_vector @@ tsquery` → GIN on the generated tsvector; the first
  `TEXT_CANDIDATES` matches are ranked by `ts_rank` (see below).
- FUZZY (`fuzzy.py`): query words corrected against the vocabulary (trigram GiST) and tag
  names (trigram GIN), then scripts through the title GIN index and script_tags by tag id.
- SEMANTIC: `ORDER BY embedding <=> :vector LIMIT n` over script_embeddings → HNSW, with
  pgvector's iterative scan so visibility and filters never leave a page short.
- HYBRID: reciprocal rank fusion of the top `HYBRID_DEPTH` of each, in one statement.

Capped candidates: ranking reads the rows it ranks, and a common word can match a quarter of
all scripts (12,500 of 50,000 in the large seed), so TEXT and FUZZY rank a bounded candidate
set: the first `TEXT_CANDIDATES` (FUZZY: `fuzzy.FUZZY_CANDIDATES` per correction, plus as
many that match every query word) visible matches in the order the index scan returns them,
which is table order. Below the cap ranking is exact; above it a page holds the best of those
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

from sqlalchemy import Boolean, Float, Numeric, Select, cast, func, literal, literal_column, not_, select, true, union_all
from sqlalchemy.dialects.postgresql import REGCONFIG, TSQUERY
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import TEXT_SEARCH_CONFIG
from psscript_graphql.search import fuzzy
from psscript_graphql.search.query_text import SearchText

Script, Embedding = models.Script, models.ScriptEmbedding

RRF_K = 60  # the usual constant of reciprocal rank fusion: 1 / (60 + rank)
HYBRID_DEPTH = 100  # candidates taken from each mode before fusing
HNSW_EF_SEARCH = 100
TEXT_CANDIDATES = 1000  # matches ranked by ts_rank per TEXT search (bench: ~13 ms for 1,000)
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
    fuzzy_hits = fuzzy.fuzzy_matches(text, conditions).subquery("fuzzy_all")
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
