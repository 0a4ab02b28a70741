"""ScriptFilter / ScriptOrder inputs → SQL conditions and a keyset ordering.

Every condition is a SQLAlchemy clause over `scripts` with its values as bind parameters, so
`scripts`, `searchScripts` (whose statements are built once per shape, `search/shapes.py`) and
anything compiling lists into SQL share one definition of each filter.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, distinct, exists, func, literal, literal_column, select
from sqlalchemy.dialects.postgresql import JSONB, JSONPATH
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


def _score_range(column: ColumnElement[int], name: str, low: int | None, high: int | None) -> ColumnElement[bool] | None:
    """Analysed scripts whose score is within [low, high]; None when neither bound is given."""
    low, high = _score(low, f"{name}Min"), _score(high, f"{name}Max")
    if low is None and high is None:
        return None
    if low is not None and high is not None and low > high:
        raise bad_input(f"`{name}Min` cannot be greater than `{name}Max`.", argument=f"{name}Min")
    return Script.id.in_(select(Analysis.script_id).where(column.between(low or 0, 100 if high is None else high)))


def _has_finding(wanted: FindingFilter) -> ColumnElement[bool]:
    """Analysed scripts with one finding matching the rule and the severity (a JSON path over
    the finding columns; the path and its variables are bound values)."""
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
    path = "$[*] ? (" + " && ".join(tests) + ")"
    findings = Analysis.security_issues
    for name in FINDING_COLUMNS[1:]:
        findings = findings.op("||", return_type=JSONB)(getattr(Analysis, name))
    matches = func.jsonb_path_exists(findings, literal(path, JSONPATH), literal(variables, JSONB))
    return Script.id.in_(select(Analysis.script_id).where(matches))


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
    for column, name, low, high in (
        (Analysis.security_score, "securityScore", f.security_score_min, f.security_score_max),
        (Analysis.quality_score, "qualityScore", f.quality_score_min, f.quality_score_max),
        (Analysis.risk_score, "riskScore", f.risk_score_min, f.risk_score_max),
    ):
        if (scored := _score_range(column, name, low, high)) is not None:
            conditions.append(scored)
    if f.has_finding is not None:
        conditions.append(_has_finding(f.has_finding))
    if f.created_after is not None and f.created_before is not None and f.created_after >= f.created_before:
        raise bad_input("`createdAfter` must be earlier than `createdBefore`.", argument="createdAfter")
    if f.created_after is not None:
        conditions.append(Script.created_at >= f.created_after)
    if f.created_before is not None:
        conditions.append(Script.created_at < f.created_before)
    if f.favorited_by_me is not None:
        if not viewer.is_authenticated:
            raise GraphQLError("Sign in to filter by your favorites.", extensions={"code": ErrorCode.UNAUTHENTICATED.value})
        starred = exists().where(Favorite.script_id == Script.id, Favorite.user_id == viewer.id)
        conditions.append(starred if f.favorited_by_me else ~starred)
    return conditions
