"""The schema: each domain's Query/Mutation classes combined into the root types."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from psscript_graphql.accounts.mutations import AccountMutations
from psscript_graphql.accounts.queries import AccountQueries
from psscript_graphql.analyses.mutations import AnalysisMutations
from psscript_graphql.analyses.queries import AnalysisQueries
from psscript_graphql.analyses.subscriptions import AnalysisSubscriptions
from psscript_graphql.analyses.types import BestPracticeViolation, PerformanceInsight, SecurityIssue
from psscript_graphql.analytics.queries import AnalyticsQueries
from psscript_graphql.cache.invalidation import InvalidateCacheAfterMutations
from psscript_graphql.categories.mutations import CategoryMutations
from psscript_graphql.categories.queries import CategoryQueries
from psscript_graphql.comments.mutations import CommentMutations
from psscript_graphql.compiler.extension import CompiledReadsExtension
from psscript_graphql.core.execution import ExecutionContext
from psscript_graphql.core.extensions.fresh_loaders import FreshLoadersPerOperation
from psscript_graphql.core.extensions.limits import MAX_BATCH_OPERATIONS, limit_extensions
from psscript_graphql.core.extensions.masking import MaskUnexpectedErrors, process_errors
from psscript_graphql.core.extensions.metrics import OperationMetrics
from psscript_graphql.core.node_queries import NodeQueries
from psscript_graphql.dbadmin.mutations import DbAdminMutations
from psscript_graphql.dbadmin.queries import DbAdminQueries
from psscript_graphql.favorites.mutations import FavoriteMutations
from psscript_graphql.scripts.mutations.root import ScriptMutations
from psscript_graphql.scripts.queries import ScriptQueries
from psscript_graphql.search.queries import SearchQueries
from psscript_graphql.system.queries import SystemQueries
from psscript_graphql.tags.queries import TagQueries


@strawberry.type(description="Everything that can be read.")
class Query(
    NodeQueries,
    AccountQueries,
    ScriptQueries,
    SearchQueries,
    TagQueries,
    CategoryQueries,
    AnalyticsQueries,
    AnalysisQueries,
    SystemQueries,
    DbAdminQueries,
):
    pass


@strawberry.type(description="Everything that changes data. Each mutation runs in one transaction.")
class Mutation(
    AccountMutations, ScriptMutations, CommentMutations, FavoriteMutations, CategoryMutations, AnalysisMutations, DbAdminMutations
):
    pass


@strawberry.type(description="Live updates over websockets (graphql-transport-ws or graphql-ws).")
class Subscription(AnalysisSubscriptions):
    pass


class PSScriptSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        process_errors(errors, execution_context)


# One schema per process (Strawberry's relay fields cannot be converted twice); the limits it
# enforces come from each request's Settings (core/extensions/limits.py).
schema = PSScriptSchema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    types=[SecurityIssue, BestPracticeViolation, PerformanceInsight],
    extensions=[
        MaskUnexpectedErrors,
        OperationMetrics,
        FreshLoadersPerOperation,
        *limit_extensions(),
        CompiledReadsExtension,  # after the limits: a refused query never runs
        InvalidateCacheAfterMutations,
    ],
    config=StrawberryConfig(batching_config={"max_operations": MAX_BATCH_OPERATIONS}),
    execution_context_class=ExecutionContext,  # closes what a failing field leaves unstarted
)


def export_sdl() -> str:
    """The SDL written to schema.graphql; a test keeps the file equal to this."""
    return schema.as_str() + "\n"
