"""Running a search: embed the query if the mode needs it, one statement for the page, snippets.

A page is two statements in one read transaction — the session settings of `statements.py`,
then the page itself (ranked ids with keyset cursor, joined to the scripts, headlines computed
for the page rows only) — whatever the page size. `totalCount` costs two more, only when asked.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLError
from sqlalchemy import Float, Select, case, cast, func, null, select
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.core.relay import Ordering, PageArgs, apply_keyset, encode_cursor, sort_values
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search import snippets
from psscript_graphql.search import statements as sql
from psscript_graphql.search.embeddings.provider import EmbeddingError, EmbeddingProvider, embed_one
from psscript_graphql.search.query_text import SearchText
from psscript_graphql.search.statements import Mode, QueryVector

log = logging.getLogger(__name__)
Script, Embedding = models.Script, models.ScriptEmbedding
SEARCH_UNAVAILABLE = "SEARCH_UNAVAILABLE"


@dataclass(frozen=True)
class SearchHit:
    script: models.Script
    cursor: str
    score: float
    snippet: str
    matched_by: tuple[Mode, ...]


@dataclass(frozen=True)
class SearchPage:
    hits: list[SearchHit]
    has_next_page: bool
    has_previous_page: bool
    count_total: Callable[[], Awaitable[int]]


@dataclass(frozen=True)
class SearchPlan:
    """Everything one search runs: the page statement, its ordering and the count statement."""

    mode: Mode
    text: SearchText
    page_statement: Select[Any]
    ordering: Ordering
    count_statement: Select[Any]
    vector: QueryVector | None


async def query_vector(provider: EmbeddingProvider, text: SearchText, mode: Mode) -> QueryVector | None:
    """The query's embedding for SEMANTIC and HYBRID; HYBRID goes on without it if the provider fails."""
    if mode not in (Mode.SEMANTIC, Mode.HYBRID):
        return None
    try:
        embedding = await embed_one(provider, text.positive)
    except EmbeddingError as error:
        if mode is Mode.HYBRID:
            log.warning("hybrid search without its semantic part: %s", error)
            return None
        raise GraphQLError(
            "Semantic search is unavailable: the embedding provider failed.", extensions={"code": SEARCH_UNAVAILABLE}
        ) from None
    return QueryVector(embedding.vector, embedding.model, embedding.dimensions)


def _matches(mode: Mode, text: SearchText, vector: QueryVector | None, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    if mode is Mode.TEXT:
        return sql.text_matches(text, conditions)
    if mode is Mode.FUZZY:
        return sql.fuzzy_matches(text, conditions)
    if mode is Mode.SEMANTIC:
        assert vector is not None
        return sql.semantic_matches(vector, conditions)
    return sql.hybrid_matches(text, vector, conditions)


def plan_search(
    mode: Mode, text: SearchText, vector: QueryVector | None, conditions: list[ColumnElement[bool]], page: PageArgs
) -> SearchPlan:
    """Build the statements of one search page (also what bench/search_plans.py EXPLAINs)."""
    conditions = [*conditions, sql.excluded_condition(text)]
    matches = _matches(mode, text, vector, conditions)
    name = f"search:{mode.value}:{text.digest}"
    if mode is Mode.SEMANTIC:
        # Ordered by the distance expression itself, on script_embeddings: the HNSW index's order.
        distance = matches.selected_columns.distance
        ordering = Ordering(name, (distance, Embedding.script_id), descending=False)
        inner = apply_keyset(matches, ordering, page)
        count = select(func.count()).select_from(matches.subquery())
    else:
        found = matches.subquery("matches")
        ordering = Ordering(name, (found.c.score, found.c.id), descending=True)
        inner = apply_keyset(select(*found.c), ordering, page)
        count = select(func.count()).select_from(found)
    ranked = inner.subquery("page")
    statement = (
        select(Script, ranked, Script.tag_names.label("tag_names"), _headline(mode, text, ranked).label("headline"))
        .join(ranked, ranked.c.id == Script.id)
        .order_by(*(ranked.c[f"sort_key_{i}"].asc() if not ordering.descending else ranked.c[f"sort_key_{i}"].desc() for i in range(2)))
    )
    return SearchPlan(mode, text, statement, ordering, count, vector)


def _headline(mode: Mode, text: SearchText, ranked: Any) -> ColumnElement[Any]:
    if mode is Mode.TEXT:
        return sql.headline(text)
    if mode is Mode.HYBRID:
        return case((ranked.c.in_text, sql.headline(text)), else_=null())
    return cast(null(), Float)


def _score(mode: Mode, row: Any) -> float:
    return 1.0 - row.distance if mode is Mode.SEMANTIC else row.score


def _matched_by(mode: Mode, row: Any) -> tuple[Mode, ...]:
    if mode is not Mode.HYBRID:
        return (mode,)
    flags = ((Mode.TEXT, row.in_text), (Mode.FUZZY, row.in_fuzzy), (Mode.SEMANTIC, row.in_semantic))
    return tuple(found for found, flag in flags if flag)


def _snippet(plan: SearchPlan, row: Any, matched_by: tuple[Mode, ...]) -> str:
    script: models.Script = row[0]
    if row.headline is not None:
        return snippets.from_headline(row.headline)
    words = plan.text.fuzzy_words
    if Mode.FUZZY in matched_by:
        return snippets.fuzzy_snippet(script.title, row.tag_names, words)
    return snippets.semantic_snippet(script.description, script.content, words)


async def run_search(db: Database, plan: SearchPlan, page: PageArgs) -> SearchPage:
    async with db.read_transaction() as session:  # the settings must hold for the next statement
        await session.execute(sql.session_settings())
        rows = (await session.execute(plan.page_statement)).all()
    has_more = len(rows) > page.limit
    hits = []
    for row in rows[: page.limit]:
        matched_by = _matched_by(plan.mode, row)
        hits.append(
            SearchHit(
                script=row[0],
                cursor=encode_cursor(plan.ordering, sort_values(row, plan.ordering)),
                score=_score(plan.mode, row),
                snippet=_snippet(plan, row, matched_by),
                matched_by=matched_by,
            )
        )

    async def count_total() -> int:
        async with db.read_transaction() as session:  # the settings must hold for the next statement
            await session.execute(sql.session_settings())
            return await session.scalar(plan.count_statement)

    return SearchPage(hits=hits, has_next_page=has_more, has_previous_page=page.after is not None, count_total=count_total)


