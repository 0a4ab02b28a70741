"""Root field: analytics."""

from __future__ import annotations

import strawberry

from psscript_graphql.analytics.types import Analytics


@strawberry.type
class AnalyticsQueries:
    @strawberry.field(description="Counts and rankings over the scripts you may see.")
    def analytics(self) -> Analytics:
        return Analytics()
