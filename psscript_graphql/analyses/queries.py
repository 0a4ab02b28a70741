"""AnalysisQueries: root fields of the analyses domain."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.analyses.job_types import AnalysisJob
from psscript_graphql.context import Info
from psscript_graphql.core.relay import expect_global_id


@strawberry.type
class AnalysisQueries:
    @strawberry.field(description="An analysis job by ID; null when missing or when its script is not visible to you.")
    async def analysis_job(self, info: Info, id: relay.GlobalID) -> AnalysisJob | None:
        job_id = expect_global_id(id, "AnalysisJob")
        row = await info.context.loaders.analysis_job_by_id.load(job_id)
        return AnalysisJob.from_row(row) if row else None
