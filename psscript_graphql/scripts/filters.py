"""ScriptFilter / ScriptOrder inputs → SQL conditions and a keyset ordering.

Every condition is a SQLAlchemy clause over `scripts` with its values as bind parameters, so
`scripts`, `searchScripts` (whose statements are built once per shape, `search/shapes.py`) and
anything compiling lists into SQL share one definition of each filter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import Boolean, ColumnElement, DateTime, Integer, Text, bindparam, distinct, exists, func, literal, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, JSONPATH
from strawberry import relay

from psscript_graphql.analyses.types import Severity
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
RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,99}$")
SEVERITY_ORDER = (Severity.INFORMATION, Severity.WARNING, Severity.ERROR, Severity.CRITICAL)
# Where an analysis keeps findings that have a rule and a severity (JSON lists of objects).
FINDING_COLUMNS = ("security_issues", "best_practice_violations", "performance_insights", "compatibility_notes")


@strawberry.input(description="A finding the script's analysis must have: one finding matching every given field.")
class FindingFilter:
    rule: str | None = strawberry.field(
        default=None, description="Rule id, exactly as reported, e.g. `PSAvoidUsingInvokeExpression`."
    )
    min_severity: Severity | None = strawberry.field(
        default=None, description="At least this severe (INFORMATION < WARNING < ERROR < CRITICAL)."
    )


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
    quality_score_min: int | None = strawberry.field(default=None, description="Analysed scripts of at least this quality (0–100).")
    quality_score_max: int | None = strawberry.field(default=None, description="Analysed scripts of at most this quality (0–100).")
    risk_score_min: int | None = strawberry.field(default=None, description="Analysed scripts at least this risky (0–100).")
    risk_score_max: int | None = strawberry.field(default=None, description="Analysed scripts at most this risky (0–100).")
    has_finding: FindingFilter | None = strawberry.field(
        default=None, description="Analysed scripts with a finding of this rule and/or at least this severity."
    )
    created_after: datetime | None = strawberry.field(default=None, description="Created at or after this time.")
    created_before: datetime | None = strawberry.field(default=None, description="Created before this time.")
    favorited_by_me: bool | None = strawberry.field(default=None, description="Only scripts you starred (true) or did not (false). Needs sign-in.")
    include_deleted: bool = strawberry.field(default=False, description="Admins only: include soft-deleted scripts.")


@strawberry.enum(description="What to sort scripts by; ties are broken by id, so pages never overlap.")
class ScriptOrderField(Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    TITLE = "title"
    SECURITY_SCORE = strawberry.enum_value("security_score", description="Unanalysed scripts come last, either direction.")
    QUALITY_SCORE = strawberry.enum_value("quality_score", description="Unanalysed scripts come last, either direction.")
    RISK_SCORE = strawberry.enum_value("risk_score", description="Unanalysed scripts come last, either direction.")
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


def _score_expression(column: ColumnElement[int], descending: bool) -> ColumnElement[Any]:
    """The script's score, or a value past every real score (-1 descending, 101 ascending) when
    it has no analysis: unanalysed scripts come last either way, and compare in cursors like any
    value (a cursor never holds a null)."""
    score = select(column).where(Analysis.script_id == Script.id).scalar_subquery()
    return func.coalesce(score, literal(-1 if descending else 101))


def _favorite_count_expression() -> ColumnElement[Any]:
    return select(func.count()).where(Favorite.script_id == Script.id).scalar_subquery()


def script_ordering(order: ScriptOrder | None) -> Ordering:
    order = order or ScriptOrder()
    descending = order.direction is OrderDirection.DESC
    expression: ColumnElement[Any] = {
        ScriptOrderField.CREATED_AT: lambda: Script.created_at,
        ScriptOrderField.UPDATED_AT: lambda: Script.updated_at,
        ScriptOrderField.TITLE: lambda: Script.title,
        ScriptOrderField.SECURITY_SCORE: lambda: _score_expression(Analysis.security_score, descending),
        ScriptOrderField.QUALITY_SCORE: lambda: _score_expression(Analysis.quality_score, descending),
        ScriptOrderField.RISK_SCORE: lambda: _score_expression(Analysis.risk_score, descending),
        ScriptOrderField.EXECUTION_COUNT: lambda: Script.execution_count,
        ScriptOrderField.FAVORITE_COUNT: _favorite_count_expression,
    }[order.field]()
    return Ordering(f"scripts:{order.field.value}:{order.direction.value}", (expression, Script.id), descending)


SCORES = {"security": Analysis.security_score, "quality": Analysis.quality_score, "risk": Analysis.risk_score}


@dataclass(frozen=True)
class ScriptCriteria:
    """A ScriptFilter validated and normalised: what `criteria_conditions` turns into SQL."""

    query: str | None = None
    tags_any: list[str] | None = None
    tags_all: list[str] | None = None
    category_id: int | None = None
    author_id: int | None = None
    is_public: bool | None = None
    has_analysis: bool | None = None
    security_low: int | None = None
    security_high: int | None = None
    quality_low: int | None = None
    quality_high: int | None = None
    risk_low: int | None = None
    risk_high: int | None = None
    finding_path: str | None = None  # a JSON path over the finding columns, and its variables
    finding_variables: dict[str, Any] | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    favorited_by_me: bool | None = None
    include_deleted: bool = False

    def given(self) -> dict[str, Any]:
        """The conditions present (their names decide the SQL's shape), with their values."""
        values = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "include_deleted"}
        return {name: value for name, value in values.items() if value is not None}


def _score_range(name: str, low: int | None, high: int | None) -> tuple[int | None, int | None]:
    """[low, high] of a score filter, both None when neither bound is given."""
    low, high = _score(low, f"{name}Min"), _score(high, f"{name}Max")
    if low is None and high is None:
        return None, None
    if low is not None and high is not None and low > high:
        raise bad_input(f"`{name}Min` cannot be greater than `{name}Max`.", argument=f"{name}Min")
    return low or 0, 100 if high is None else high


def _finding_path(wanted: FindingFilter) -> tuple[str, dict[str, Any]]:
    """One finding matching the rule and the severity: a JSON path over the finding columns whose
    variables carry the values."""
    if wanted.rule is None and wanted.min_severity is None:
        raise bad_input("`hasFinding` needs `rule`, `minSeverity` or both.", argument="hasFinding")
    tests, variables = [], {}
    if wanted.rule is not None:
        rule = wanted.rule.strip()
        if not RULE_ID.match(rule):
            raise bad_input("`hasFinding.rule` must be a rule id such as `PSAvoidUsingInvokeExpression`.", argument="hasFinding")
        tests.append("@.rule == $rule")
        variables["rule"] = rule
    if wanted.min_severity is not None:
        severe = SEVERITY_ORDER[SEVERITY_ORDER.index(wanted.min_severity) :]
        tests.append("(" + " || ".join(f"@.severity == $s{i}" for i in range(len(severe))) + ")")
        variables |= {f"s{i}": severity.value for i, severity in enumerate(severe)}
    return "$[*] ? (" + " && ".join(tests) + ")", variables


def script_criteria(filter_: ScriptFilter | None, viewer: Viewer) -> ScriptCriteria:
    """Validate a filter for `viewer`. Raises GraphQLError on bad input."""
    f = filter_ or ScriptFilter()
    if f.include_deleted and not viewer.is_admin:
        raise GraphQLError("Only administrators may list deleted scripts.", extensions={"code": ErrorCode.FORBIDDEN.value})
    query = None
    if f.query is not None:
        query = f.query.strip()
        if not query or len(query) > MAX_QUERY_LENGTH:
            raise bad_input(f"`query` must be 1 to {MAX_QUERY_LENGTH} characters.", argument="query")
    tags_any = _tag_names(f.tags_any, "tagsAny") if f.tags_any is not None else None
    tags_all = _tag_names(f.tags_all, "tagsAll") if f.tags_all is not None else None
    category_id = expect_global_id(f.category_id, "Category", "categoryId") if f.category_id is not None else None
    author_id = expect_global_id(f.author_id, "User", "authorId") if f.author_id is not None else None
    security = _score_range("securityScore", f.security_score_min, f.security_score_max)
    quality = _score_range("qualityScore", f.quality_score_min, f.quality_score_max)
    risk = _score_range("riskScore", f.risk_score_min, f.risk_score_max)
    finding_path, finding_variables = _finding_path(f.has_finding) if f.has_finding is not None else (None, None)
    after, before = _moment(f.created_after, "createdAfter"), _moment(f.created_before, "createdBefore")
    if after is not None and before is not None and after >= before:
        raise bad_input("`createdAfter` must be earlier than `createdBefore`.", argument="createdAfter")
    if f.favorited_by_me is not None and not viewer.is_authenticated:
        raise GraphQLError("Sign in to filter by your favorites.", extensions={"code": ErrorCode.UNAUTHENTICATED.value})
    return ScriptCriteria(
        query=query,
        tags_any=tags_any,
        tags_all=tags_all,
        category_id=category_id,
        author_id=author_id,
        is_public=f.is_public,
        has_analysis=f.has_analysis,
        security_low=security[0],
        security_high=security[1],
        quality_low=quality[0],
        quality_high=quality[1],
        risk_low=risk[0],
        risk_high=risk[1],
        finding_path=finding_path,
        finding_variables=finding_variables,
        created_after=after,
        created_before=before,
        favorited_by_me=f.favorited_by_me,
        include_deleted=f.include_deleted,
    )


def literal_value(name: str, value: Any, type_: Any) -> Any:
    """How the resolvers pass a criterion's value to SQL: an anonymous bind parameter."""
    return bindparam(None, value, type_=type_)


def criteria_conditions(
    c: ScriptCriteria, viewer: Viewer, value: Callable[[str, Any, Any], Any] = literal_value
) -> list[ColumnElement[bool]]:
    """The WHERE clause for validated criteria, visibility included.

    `value(name, python_value, sql_type)` gives each criterion's SQL value: a bound literal for
    the resolvers and search, a named bind parameter for the compiled read path (compiler/), so
    every path runs the same conditions.
    """
    conditions = [visible_scripts(viewer, include_deleted=c.include_deleted)]
    if c.query is not None:
        # The configuration of the generated search_vector (one for every field, see models.scripts).
        tsquery = func.websearch_to_tsquery(literal_column(f"'{TEXT_SEARCH_CONFIG}'::regconfig"), value("query", c.query, Text))
        conditions.append(Script.search_vector.op("@@")(tsquery))
    if c.tags_any is not None:
        names = value("tags_any", c.tags_any, ARRAY(Text))
        conditions.append(Script.id.in_(select(ScriptTag.script_id).join(Tag).where(Tag.name == func.any(names))))
    if c.tags_all is not None:
        names = value("tags_all", c.tags_all, ARRAY(Text))
        with_all = (
            select(ScriptTag.script_id)
            .join(Tag)
            .where(Tag.name == func.any(names))
            .group_by(ScriptTag.script_id)
            .having(func.count(distinct(Tag.id)) == func.cardinality(names))
        )
        conditions.append(Script.id.in_(with_all))
    if c.category_id is not None:
        conditions.append(Script.category_id == value("category_id", c.category_id, Integer))
    if c.author_id is not None:
        conditions.append(Script.author_id == value("author_id", c.author_id, Integer))
    if c.is_public is not None:
        conditions.append(Script.is_public == value("is_public", c.is_public, Boolean))
    if c.has_analysis is not None:
        analysed = exists().where(Analysis.script_id == Script.id)
        conditions.append(analysed if c.has_analysis else ~analysed)
    for name, column in SCORES.items():
        low, high = getattr(c, f"{name}_low"), getattr(c, f"{name}_high")
        if low is not None and high is not None:
            between = column.between(value(f"{name}_low", low, Integer), value(f"{name}_high", high, Integer))
            conditions.append(Script.id.in_(select(Analysis.script_id).where(between)))
    if c.finding_path is not None:
        findings = Analysis.security_issues
        for name in FINDING_COLUMNS[1:]:
            findings = findings.op("||", return_type=JSONB)(getattr(Analysis, name))
        path, variables = value("finding_path", c.finding_path, JSONPATH), value("finding_variables", c.finding_variables, JSONB)
        conditions.append(Script.id.in_(select(Analysis.script_id).where(func.jsonb_path_exists(findings, path, variables))))
    if c.created_after is not None:
        conditions.append(Script.created_at >= value("created_after", c.created_after, DateTime(timezone=True)))
    if c.created_before is not None:
        conditions.append(Script.created_at < value("created_before", c.created_before, DateTime(timezone=True)))
    if c.favorited_by_me is not None:
        starred = exists().where(Favorite.script_id == Script.id, Favorite.user_id == viewer.id)
        conditions.append(starred if c.favorited_by_me else ~starred)
    return conditions


def script_conditions(filter_: ScriptFilter | None, viewer: Viewer) -> list[ColumnElement[bool]]:
    """The WHERE clause for a filter, visibility included. Raises GraphQLError on bad input."""
    return criteria_conditions(script_criteria(filter_, viewer), viewer)
