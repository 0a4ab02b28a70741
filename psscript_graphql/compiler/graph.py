"""The compiled read graph: for each GraphQL type, how each of its fields reads in SQL.

Relations reuse the resolvers' own DataLoader statements (`statement([parent key])`, the key a
correlated column instead of a list of ids) and `scripts/visibility.py`, so the two read paths
share one definition of what a viewer may see. A field missing here is not compiled: a query
selecting it runs through the resolvers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, case, cast, exists, false, func, inspect, literal_column, null, select
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.accounts import loaders as account_loaders
from psscript_graphql.accounts.types import UserRole
from psscript_graphql.analyses import loaders as analysis_loaders
from psscript_graphql.analyses import types as analysis_types
from psscript_graphql.analyses.execution_summary import AreaOperations, DestructiveOperation, ExecutionSummary
from psscript_graphql.categories import loaders as category_loaders
from psscript_graphql.comments import loaders as comment_loaders
from psscript_graphql.compiler.build import BuildContext
from psscript_graphql.compiler.formats import iso_datetime
from psscript_graphql.compiler.fields import Column, Computed, FieldSpec, Gated, Many, One, Page
from psscript_graphql.compiler.finish import Finished, as_address, as_float, as_is, by_resolver
from psscript_graphql.db import models
from psscript_graphql.favorites import loaders as favorite_loaders
from psscript_graphql.scripts import loaders as script_loaders
from psscript_graphql.scripts.orderings import NEWEST_LOGS, NEWEST_SCRIPTS
from psscript_graphql.scripts.run_visibility import reads_runs_of, sees_run_details
from psscript_graphql.scripts.types import ExecutionStatus, SourceEncoding
from psscript_graphql.scripts.visibility import visible_scripts
from psscript_graphql.tags import loaders as tag_loaders

Script, User, Favorite = models.Script, models.User, models.Favorite


@dataclass
class TypeSpec:
    name: str
    model: type
    fields: dict[str, FieldSpec] = field(default_factory=dict)


def loader_for(cls: type, ctx: BuildContext) -> Any:
    # The resolvers' loader, built for the plan's symbolic viewer; only its statement is used.
    try:
        return cls(None, ctx.viewer)
    except TypeError:
        return cls(None)


def by_key(cls: type, key: str) -> Any:
    """Rows of a RowByKey/RowsByKey loader for the parent row's `key` column."""
    return lambda row, ctx: loader_for(cls, ctx).statement([getattr(row, key)])


def page_of(cls: type) -> Any:
    """A PagePerParent loader's rows for the parent row's id (paging is added by the compiler)."""
    return lambda row, ctx: loader_for(cls, ctx).statement([row.id])


def counted(cls: type) -> Any:
    """A CountByKey loader's count for the parent row's id (0 when it has no row)."""

    def total(row: Any, ctx: BuildContext) -> ColumnElement[Any]:
        stmt = loader_for(cls, ctx).statement([row.id]).with_only_columns(func.count(), maintain_column_froms=True).group_by(None)
        # Explicitly correlated: a connection's total sits in the select over its page, one level
        # below the parent row, where automatic correlation does not reach.
        return func.coalesce(stmt.correlate(inspect(row).selectable).scalar_subquery(), 0)

    return total


def visible_script_by(key: str) -> Any:
    """ScriptByIdLoader with its `can_see` filter, as SQL (`visible_scripts`, deleted for admins)."""
    return lambda row, ctx: select(Script).where(Script.id == getattr(row, key), visible_scripts(ctx.viewer, include_deleted=True))


def _text(constant: str) -> ColumnElement[str]:
    # Inlined, typed text: a constant of the plan, not a value of the request.
    return literal_column("'" + constant.replace("'", "''") + "'", Text)


def _id(type_name: str) -> Column:
    return Column("id", "id", type_name=type_name)


def _self_or_admin(column: str) -> Computed:
    """User fields shown to that user and admins only (User.email, User.lastLoginAt)."""

    def build(row: Any, ctx: BuildContext) -> ColumnElement[Any]:
        value = getattr(row, column)
        if ctx.viewer.is_admin:
            return value
        if ctx.viewer.id is None:
            return null()
        return case((row.id == ctx.viewer.id, value), else_=None)

    return Computed(build)


def _is_favorite(row: Any, ctx: BuildContext) -> ColumnElement[Any]:
    if ctx.viewer.id is None:
        return false()
    return exists().where(Favorite.script_id == row.id, Favorite.user_id == ctx.viewer.id)


def _scripts_page(page_loader: type, count_loader: type) -> Page:
    return Page("Script", page_of(page_loader), NEWEST_SCRIPTS, counted(count_loader))


def _datetime(attr: str) -> Column:
    return Column(attr, "datetime")


def build_graph_types() -> dict[str, TypeSpec]:
    types = [
        TypeSpec("User", User, {
            "id": _id("User"),
            "username": Column("username"),
            "role": Column("role", enum=UserRole),
            "createdAt": _datetime("created_at"),
            "email": _self_or_admin("email"),
            "lastLoginAt": Computed(lambda row, ctx: iso_datetime(_self_or_admin("last_login_at").build(row, ctx))),
            "scripts": _scripts_page(script_loaders.ScriptsByAuthorPageLoader, script_loaders.ScriptCountByAuthorLoader),
            "scriptCount": Computed(counted(script_loaders.ScriptCountByAuthorLoader)),
            "favorites": Page(
                "Favorite", page_of(favorite_loaders.FavoritesByUserPageLoader), favorite_loaders.NEWEST_FAVORITES_OF_USER,
                counted(favorite_loaders.FavoriteCountByUserLoader),
            ),
            "comments": Page(
                "Comment", page_of(comment_loaders.CommentsByAuthorPageLoader), comment_loaders.NEWEST_COMMENTS,
                counted(comment_loaders.CommentCountByAuthorLoader),
            ),
        }),
        TypeSpec("Script", Script, {
            "id": _id("Script"),
            "title": Column("title"),
            "description": Column("description"),
            "content": Column("content"),
            "version": Column("version"),
            "isPublic": Column("is_public"),
            "executionCount": Column("execution_count"),
            "sourceEncoding": Column("source_encoding", enum=SourceEncoding),
            "rawUrl": Computed(lambda row, ctx: _text("/scripts/") + cast(row.id, Text) + _text("/raw")),
            "averageExecutionTimeMs": Finished(lambda row: row.average_execution_time_ms, as_float),
            "fileHash": Column("file_hash"),
            "lastExecutedAt": _datetime("last_executed_at"),
            "createdAt": _datetime("created_at"),
            "updatedAt": _datetime("updated_at"),
            "deletedAt": _datetime("deleted_at"),
            "author": One("User", by_key(account_loaders.UserByIdLoader, "author_id")),
            "category": One("Category", by_key(category_loaders.CategoryByIdLoader, "category_id")),
            "tags": Many("Tag", by_key(tag_loaders.TagsByScriptLoader, "id"), lambda tag: [tag.name]),
            "latestVersion": One("ScriptVersion", by_key(script_loaders.LatestVersionByScriptLoader, "id")),
            "versions": Page(
                "ScriptVersion", page_of(script_loaders.VersionsByScriptPageLoader), script_loaders.NEWEST_VERSIONS,
                counted(script_loaders.VersionCountByScriptLoader),
            ),
            "versionCount": Computed(counted(script_loaders.VersionCountByScriptLoader)),
            "analysis": One("ScriptAnalysis", by_key(analysis_loaders.AnalysisByScriptLoader, "id")),
            "comments": Page(
                "Comment", page_of(comment_loaders.CommentsByScriptPageLoader), comment_loaders.OLDEST_COMMENTS,
                counted(comment_loaders.CommentCountByScriptLoader),
            ),
            "commentCount": Computed(counted(comment_loaders.CommentCountByScriptLoader)),
            "favoritedBy": Page(
                "Favorite", page_of(favorite_loaders.FavoritesByScriptPageLoader), favorite_loaders.NEWEST_FAVORITES_OF_SCRIPT,
                counted(favorite_loaders.FavoriteCountByScriptLoader),
            ),
            "favoriteCount": Computed(counted(favorite_loaders.FavoriteCountByScriptLoader)),
            "isFavorite": Computed(_is_favorite),
            "executionLogs": Gated(reads_runs_of, "author_id", Page(
                "ExecutionLog", page_of(script_loaders.ExecutionLogsByScriptPageLoader), NEWEST_LOGS,
                counted(script_loaders.ExecutionLogCountByScriptLoader),
            )),
            "dependencies": _scripts_page(script_loaders.DependenciesPageLoader, script_loaders.DependencyCountLoader),
            "dependents": _scripts_page(script_loaders.DependentsPageLoader, script_loaders.DependentCountLoader),
        }),
        TypeSpec("ScriptVersion", models.ScriptVersion, {
            "id": _id("ScriptVersion"),
            "version": Column("version"),
            "title": Column("title"),
            "content": Column("content"),
            "fileHash": Column("file_hash"),
            "commitMessage": Column("commit_message"),
            "sourceEncoding": Column("source_encoding", enum=SourceEncoding),
            "rawUrl": Computed(
                lambda row, ctx: _text("/scripts/") + cast(row.script_id, Text) + _text("/raw?version=") + cast(row.version, Text)
            ),
            "createdAt": _datetime("created_at"),
            "script": One("Script", visible_script_by("script_id")),
            "author": One("User", by_key(account_loaders.UserByIdLoader, "author_id")),
        }),
        TypeSpec("ExecutionLog", models.ExecutionLog, {
            "id": _id("ExecutionLog"),
            "status": Column("status", enum=ExecutionStatus),
            "executionTimeMs": Finished(lambda row: row.execution_time_ms, as_float),
            "createdAt": _datetime("created_at"),
            # The runner's details: the runner and admins only, by the resolvers' rule.
            # Parameters are JSONB, which PostgreSQL prints with spaces: Python prints them.
            "parameters": Gated(sees_run_details, "user_id", Finished(lambda row: row.parameters, as_is)),
            "errorMessage": Gated(sees_run_details, "user_id", Column("error_message")),
            "ipAddress": Gated(sees_run_details, "user_id", Finished(lambda row: row.ip_address, as_address)),
            "script": One("Script", visible_script_by("script_id")),
            "user": Gated(sees_run_details, "user_id", One("User", by_key(account_loaders.UserByIdLoader, "user_id"))),
        }),
        TypeSpec("Category", models.Category, {
            "id": _id("Category"),
            "name": Column("name"),
            "description": Column("description"),
            "createdAt": _datetime("created_at"),
            "scripts": _scripts_page(category_loaders.ScriptsByCategoryPageLoader, category_loaders.ScriptCountByCategoryLoader),
            "scriptCount": Computed(counted(category_loaders.ScriptCountByCategoryLoader)),
        }),
        TypeSpec("Tag", models.Tag, {
            "id": _id("Tag"),
            "name": Column("name"),
            "createdAt": _datetime("created_at"),
            "scripts": _scripts_page(tag_loaders.ScriptsByTagPageLoader, tag_loaders.ScriptCountByTagLoader),
            "scriptCount": Computed(counted(tag_loaders.ScriptCountByTagLoader)),
        }),
        TypeSpec("Comment", models.Comment, {
            "id": _id("Comment"),
            "content": Column("content"),
            "createdAt": _datetime("created_at"),
            "updatedAt": _datetime("updated_at"),
            "author": One("User", by_key(account_loaders.UserByIdLoader, "author_id")),
            "script": One("Script", visible_script_by("script_id")),
            "edited": Computed(lambda row, ctx: row.updated_at > row.created_at),
        }),
        TypeSpec("Favorite", Favorite, {
            "createdAt": _datetime("created_at"),
            "user": One("User", by_key(account_loaders.UserByIdLoader, "user_id")),
            "script": One("Script", visible_script_by("script_id")),
        }),
        TypeSpec("ScriptAnalysis", models.ScriptAnalysis, {
            "id": _id("ScriptAnalysis"),
            "purpose": Column("purpose"),
            "securityScore": Column("security_score"),
            "qualityScore": Column("quality_score"),
            "riskScore": Column("risk_score"),
            "analysisVersion": Column("analysis_version"),
            "contentHash": Column("content_hash"),
            "createdAt": _datetime("created_at"),
            "updatedAt": _datetime("updated_at"),
            "script": One("Script", visible_script_by("script_id")),
            "isStale": Computed(_is_stale),
            "correctedContent": Column("corrected_content"),
            **{name: _analysis_list(name) for name in ANALYSIS_LISTS},
        }),
    ]
    return {spec.name: spec for spec in types}


# ScriptAnalysis fields read from a JSON column and finished by their resolver (finish.py).
ANALYSIS_LISTS = {
    "securityIssues": ("security_issues", "security_issues"),
    "bestPracticeViolations": ("best_practice_violations", "best_practice_violations"),
    "performanceInsights": ("performance_insights", "performance_insights"),
    "suggestions": ("suggestions", "suggestions"),
    "commandDetails": ("command_details", "command_details"),
    "parameterDocs": ("parameter_docs", "parameter_docs"),
    "complexityMetrics": ("complexity_metrics", "code_complexity_metrics"),
    "compatibilityNotes": ("compatibility_notes", "compatibility_notes"),
    "potentialRisks": ("potential_risks", "potential_risks"),
    "msDocsReferences": ("ms_docs_references", "ms_docs_references"),
    "executionSummary": ("execution_summary", "execution_summary"),
    "settings": ("settings", "settings"),
}
FINISHED_TYPES = {
    cls.__name__: cls
    for cls in (
        analysis_types.SecurityIssue, analysis_types.BestPracticeViolation, analysis_types.PerformanceInsight,
        analysis_types.Suggestion, analysis_types.CommandDetail, analysis_types.ParameterDoc,
        analysis_types.ComplexityMetrics, analysis_types.FunctionComplexity, analysis_types.CompatibilityNote,
        analysis_types.PotentialRisk, analysis_types.DocReference,
        ExecutionSummary, AreaOperations, DestructiveOperation,
        analysis_types.FindingCorrection, analysis_types.SourceRange, analysis_types.AnalyzerSettings,
    )
}


def _analysis_list(name: str) -> Finished:
    method, column = ANALYSIS_LISTS[name]
    return Finished(lambda row: getattr(row, column), by_resolver(analysis_types.ScriptAnalysis, method, column))



def _is_stale(row: Any, ctx: BuildContext) -> ColumnElement[Any]:
    stale = (
        select(Script.file_hash != row.content_hash)
        .where(Script.id == row.script_id, visible_scripts(ctx.viewer, include_deleted=True))
        .scalar_subquery()
    )
    return func.coalesce(stale, false())

