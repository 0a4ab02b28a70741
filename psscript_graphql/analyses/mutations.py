"""AnalysisMutations: analyzeScript and retryAnalysis."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.analyses import service
from psscript_graphql.analyses.job_types import AnalysisJob
from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload, in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models
from psscript_graphql.jobs.runtime import JobRuntime


@strawberry.type(description="The job analysing the script; subscribe to `analysisProgress` to follow it.")
class AnalyzeScriptPayload(Payload):
    job: AnalysisJob | None = strawberry.field(default=None, description="The new job, or the existing one for this content.")


@strawberry.type(description="The failed job, queued again.")
class RetryAnalysisPayload(Payload):
    job: AnalysisJob | None = strawberry.field(default=None, description="The job, now QUEUED.")


def _jobs(info: Info) -> JobRuntime:
    jobs = info.context.jobs
    if jobs is None:
        raise RuntimeError("this context has no job runtime; the app lifespan sets one")
    return jobs


@strawberry.type
class AnalysisMutations:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Analyse a script's current content (owner or admin). Idempotent: while the same content is "
        "queued, running or already analysed, this returns that job instead of starting another.",
    )
    async def analyze_script(self, info: Info, script_id: relay.GlobalID) -> AnalyzeScriptPayload:
        id = expect_global_id(script_id, "Script", argument="scriptId")
        jobs = _jobs(info)
        result = await in_transaction(
            info.context.db, lambda session: service.request_analysis(session, info.context.viewer, id)
        )
        if isinstance(result, DomainError):
            return AnalyzeScriptPayload.failed(result)
        job, created = result
        if created:
            await service.dispatch(jobs, job)
        return AnalyzeScriptPayload(job=AnalysisJob.from_row(job))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Queue a FAILED analysis job again (owner or admin). It analyses the script's current content.",
    )
    async def retry_analysis(self, info: Info, job_id: relay.GlobalID) -> RetryAnalysisPayload:
        id = expect_global_id(job_id, "AnalysisJob", argument="jobId")
        jobs = _jobs(info)
        result: models.AnalysisJob | DomainError = await in_transaction(
            info.context.db, lambda session: service.retry_analysis(session, info.context.viewer, id)
        )
        if isinstance(result, DomainError):
            return RetryAnalysisPayload.failed(result)
        await service.dispatch(jobs, result)
        return RetryAnalysisPayload(job=AnalysisJob.from_row(result))
