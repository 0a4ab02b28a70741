"""ScriptFilter / ScriptOrder inputs → SQL conditions and a keyset ordering."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, distinct, exists, func, literal, literal_column, select
from strawberry import relay

from psscript_graphql.core.errors import ErrorCode, bad_input
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.core.relay import Ordering, expect_global_id
from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import TEXT_SEARCH_CONFIG
from psscript_graphql.scripts.visibility import visible_scripts

Script, ScriptTag, Tag = models.Script, models.ScriptTag, models.Tag
Analysis, Favorite = models.ScriptAnalysis, models.Favorite

MAX_QUERY_LENGTH = 200
MAX_FILTER_TAGS = 20


def _moment(value: datetime | None, argument: str) -> datetime | None:
    """The instant in UTC; a time without an offset is read as UTC. Comparing a time with an
    offset to one without, or sending `0001-01-01T00:00:00+01:00` (before year 1 in UTC) to
    the database, was an internal error."""
    if value is None:
        return None
    try:
        return (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError:
        raise bad_input(f"`{argument}` lies outside the dates this server handles.", argument=argument) from None


@strawberry.input(description="Narrow a script list. Every given condition must hold.")
class ScriptFilter:
    query: str | None = strawberry.field(
        default=None, description="Full-text search over title, tags, description and content (web-search syntax: quotes, OR, -word)."
    )
    tags_any: list[str] | None = strawberry.field(default=None, description="Scripts with at least one of these tag names.")
    tags_all: list[str] | None = strawberry.field(default=None, description="Scripts with every one of these tag names.")
    category_id: relay.GlobalID | None = strawberry.field(default=None, description="Scripts in this category.")
    author_id: relay.GlobalID | None = strawberry.field(default=None, description="Scripts by this user.")
    is_public: bool | None = strawberry.field(default=None, description="Only public (true) or only private (false) scripts.")
    has_analysis: bool | None = strawberry.field(default=None, description="Only analysed (true) or not yet analysed (false) scripts.")
    security_score_min: int | None = strawberry.field(default=None, description="Analysed scripts scoring at least this (0–100).")
    security_score_max: int | None = strawberry.field(default=None, description="Analysed scripts scoring at most this (0–100).")
    created_after: datetime | None = strawberry.field(default=None, description="Created at or after this time.")
    created_before: datetime | None = strawberry.field(default=None, description="Created before this time.")
    favorited_by_me: bool | None = strawberry.field(default=None, description="Only scripts you starred (true) or did not (false). Needs sign-in.")
    include_deleted: bool = strawberry.field(default=False, description="Admins only: include soft-deleted scripts.")


@strawberry.enum(description="What to sort scripts by; ties are broken by id, so pages never overlap.")
class ScriptOrderField(Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    TITLE = "title"
    SECURITY_SCORE = "security_score"
    EXECUTION_COUNT = "execution_count"
    FAVORITE_COUNT = "favorite_count"


@strawberry.enum(description="Sort direction.")
class OrderDirection(Enum):
    ASC = "asc"
    DESC = "desc"


@strawberry.input(description="How to sort a script list.")
class ScriptOrder:
    field: ScriptOrderField = strawberry.field(default=ScriptOrderField.CREATED_AT, description="Sort key.")
    direction: OrderDirection = strawberry.field(default=OrderDirection.DESC, description="ASC or DESC.")


def _tag_names(names: list[str], argument: str) -> list[str]:
    cleaned = sorted({name.strip().lower() for name in names if name.strip()})
    if not cleaned or len(cleaned) > MAX_FILTER_TAGS:
        raise bad_input(f"`{argument}` takes 1 to {MAX_FILTER_TAGS} tag names.", argument=argument)
    return cleaned


def _score(value: int | None, argument: str) -> int | None:
    if value is not None and not 0 <= value <= 100:
        raise bad_input(f"`{argument}` must be between 0 and 100, got {value}.", argument=argument)
    return value


def _security_score_expression() -> ColumnElement[Any]:
    # Unanalysed scripts sort below every real score (-1), and compare in cursors like any value.
    score = select(Analysis.security_score).where(Analysis.script_id == Script.id).scalar_subquery()
    return func.coalesce(score, literal(-1))


def _favorite_count_expression() -> ColumnElement[Any]:
    return select(func.count()).where(Favorite.script_id == Script.id).scalar_subquery()


def script_ordering(order: ScriptOrder | None) -> Ordering:
    order = order or ScriptOrder()
    expression: ColumnElement[Any] = {
        ScriptOrderField.CREATED_AT: lambda: Script.created_at,
        ScriptOrderField.UPDATED_AT: lambda: Script.updated_at,
        ScriptOrderField.TITLE: lambda: Script.title,
        ScriptOrderField.SECURITY_SCORE: _security_score_expression,
        ScriptOrderField.EXECUTION_COUNT: lambda: Script.execution_count,
        ScriptOrderField.FAVORITE_COUNT: _favorite_count_expression,
    }[order.field]()
    descending = order.direction is OrderDirection.DESC
    return Ordering(f"scripts:{order.field.value}:{order.direction.value}", (expression, Script.id), descending)


def script_conditions(filter_: ScriptFilter | None, viewer: Viewer) -> list[ColumnElement[bool]]:
    """The WHERE clause for a filter, visibility included. Raises GraphQLError on bad input."""
    f = filter_ or ScriptFilter()
    if f.include_deleted and not viewer.is_admin:
        raise GraphQLError("Only administrators may list deleted scripts.", extensions={"code": ErrorCode.FORBIDDEN.value})
    conditions = [visible_scripts(viewer, include_deleted=f.include_deleted)]
    if f.query is not None:
        query = f.query.strip()
        if not query or len(query) > MAX_QUERY_LENGTH:
            raise bad_input(f"`query` must be 1 to {MAX_QUERY_LENGTH} characters.", argument="query")
        # The configuration of the generated search_vector (one for every field, see models.scripts).
        tsquery = func.websearch_to_tsquery(literal_column(f"'{TEXT_SEARCH_CONFIG}'::regconfig"), query)
        conditions.append(Script.search_vector.op("@@")(tsquery))
    if f.tags_any is not None:
        names = _tag_names(f.tags_any, "tagsAny")
        conditions.append(Script.id.in_(select(ScriptTag.script_id).join(Tag).where(Tag.name.in_(names))))
    if f.tags_all is not None:
        names = _tag_names(f.tags_all, "tagsAll")
        with_all = (
            select(ScriptTag.script_id)
            .join(Tag)
            .where(Tag.name.in_(names))
            .group_by(ScriptTag.script_id)
            .having(func.count(distinct(Tag.id)) == len(names))
        )
        conditions.append(Script.id.in_(with_all))
    if f.category_id is not None:
        conditions.append(Script.category_id == expect_global_id(f.category_id, "Category", "categoryId"))
    if f.author_id is not None:
        conditions.append(Script.author_id == expect_global_id(f.author_id, "User", "authorId"))
    if f.is_public is not None:
        conditions.append(Script.is_public.is_(f.is_public))
    if f.has_analysis is not None:
        analysed = exists().where(Analysis.script_id == Script.id)
        conditions.append(analysed if f.has_analysis else ~analysed)
    low, high = _score(f.security_score_min, "securityScoreMin"), _score(f.security_score_max, "securityScoreMax")
    if low is not None or high is not None:
        if low is not None and high is not None and low > high:
            raise bad_input("`securityScoreMin` cannot be greater than `securityScoreMax`.", argument="securityScoreMin")
        scored = select(Analysis.script_id).where(Analysis.security_score.between(low or 0, 100 if high is None else high))
        conditions.append(Script.id.in_(scored))
    after, before = _moment(f.created_after, "createdAfter"), _moment(f.created_before, "createdBefore")
    if after is not None and before is not None and after >= before:
        raise bad_input("`createdAfter` must be earlier than `createdBefore`.", argument="createdAfter")
    if after is not None:
        conditions.append(Script.created_at >= after)
    if before is not None:
        conditions.append(Script.created_at < before)
    if f.favorited_by_me is not None:
        if not viewer.is_authenticated:
            raise GraphQLError("Sign in to filter by your favorites.", extensions={"code": ErrorCode.UNAUTHENTICATED.value})
        starred = exists().where(Favorite.script_id == Script.id, Favorite.user_id == viewer.id)
        conditions.append(starred if f.favorited_by_me else ~starred)
    return conditions
