"""The schema: each domain's Query/Mutation classes combined into the root types."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.types import ExecutionContext

from psscript_graphql.accounts.mutations import AccountMutations
from psscript_graphql.accounts.queries import AccountQueries
from psscript_graphql.analyses.types import BestPracticeViolation, PerformanceInsight, SecurityIssue
from psscript_graphql.analytics.queries import AnalyticsQueries
from psscript_graphql.categories.queries import CategoryQueries
from psscript_graphql.core.extensions.masking import MaskUnexpectedErrors, log_errors
from psscript_graphql.core.node_queries import NodeQueries
from psscript_graphql.scripts.queries import ScriptQueries
from psscript_graphql.system.queries import SystemQueries
from psscript_graphql.tags.queries import TagQueries


@strawberry.type(description="Everything that can be read.")
class Query(NodeQueries, AccountQueries, ScriptQueries, TagQueries, CategoryQueries, AnalyticsQueries, SystemQueries):
    pass


@strawberry.type(description="Everything that changes data. Each mutation runs in one transaction.")
class Mutation(AccountMutations):
    pass


class PSScriptSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        log_errors(errors, execution_context)


schema = PSScriptSchema(
    query=Query,
    mutation=Mutation,
    types=[SecurityIssue, BestPracticeViolation, PerformanceInsight],
    # A frontend sends the same few documents over and over: parse and validate each once per
    # process (bounded LRU, keyed by the text and the validation rules) — the bench measured
    # parsing and validation at about a seventh of the list page's CPU time.
    extensions=[MaskUnexpectedErrors, ParserCache, ValidationCache],
)


def export_sdl() -> str:
    """The SDL written to schema.graphql; a test keeps the file equal to this."""
    return schema.as_str() + "\n"
