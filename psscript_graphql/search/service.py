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
from sqlalchemy import Select
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.config import Settings
from psscript_graphql.core.relay import Ordering, PageArgs, decode_cursor, encode_cursor, sort_values
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search import fuzzy, shapes, snippets
from psscript_graphql.search import statements as sql
from psscript_graphql.search.embeddings.provider import EmbeddingError, EmbeddingProvider, embed_one
from psscript_graphql.search.query_text import SearchText
from psscript_graphql.search.statements import Mode, QueryVector

log = logging.getLogger(__name__)
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
    params: dict[str, Any]  # the values of both statements' bind parameters


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


def plan_search(
    mode: Mode,
    text: SearchText,
    vector: QueryVector | None,
    conditions: list[ColumnElement[bool]],
    page: PageArgs,
    *,
    similarity_floor: float = Settings.search_similarity_floor,
) -> SearchPlan:
    """The statements of one search page and their values (also what bench/search_plans.py EXPLAINs).

    The statements are shared by every search of the same shape (`shapes.py`); this search's
    values are all in `params`.
    """
    bound = shapes.BoundConditions.of(conditions)
    words = text.fuzzy_words if mode in (Mode.FUZZY, Mode.HYBRID) else []
    shape = shapes.Shape(
        mode=mode,
        word_count=len(words),
        alias_count=len(text.aliases) if mode in (Mode.TEXT, Mode.HYBRID) else 0,
        excluded=bool(text.excluded),
        vector=vector is not None and mode in (Mode.SEMANTIC, Mode.HYBRID),
        conditions=bound.key,
        backward=page.backward,
        cursor=page.cursor is not None,
    )
    statements = shapes.statements_for(shape, bound)
    ordering = Ordering(f"search:{mode.value}:{text.digest}", statements.sort_columns, statements.descending)
    params: dict[str, Any] = {**bound.params, **sql.text_values(text), **fuzzy.word_values(words), **sql.cap_values()}
    if shape.vector:
        assert vector is not None
        params.update(sql.vector_values(vector, similarity_floor))
    elif mode is Mode.SEMANTIC:
        raise ValueError("a SEMANTIC search needs the query's vector")
    if page.cursor is not None:
        params.update({f"after_{i}": value for i, value in enumerate(decode_cursor(ordering, page.cursor))})
    params["page_limit"] = page.limit + 1
    return SearchPlan(mode, text, statements.page, ordering, statements.count, vector, params)


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
    async with db.snapshot() as session:
        await session.execute(sql.session_settings(plan.mode))
        rows = (await session.execute(plan.page_statement, plan.params)).all()
    # One row more than the page means more beyond it. The page statement returns rows best first
    # in both directions; going backward, that extra row is the one farthest before the cursor:
    # the first.
    has_more = len(rows) > page.limit
    kept = rows[max(len(rows) - page.limit, 0) :] if page.backward else rows[: page.limit]
    hits = []
    for row in kept:
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
        async with db.snapshot() as session:
            await session.execute(sql.session_settings(plan.mode))
            return await session.scalar(plan.count_statement, plan.params)

    return SearchPage(
        hits=hits,
        has_next_page=page.before is not None if page.backward else has_more,
        has_previous_page=has_more if page.backward else page.after is not None,
        count_total=count_total,
    )


