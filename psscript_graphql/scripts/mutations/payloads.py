"""Payloads shared by the script mutations, and what every one of them does after committing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from psscript_graphql.analyses.service import dispatch, ensure_job
from psscript_graphql.context import Info
from psscript_graphql.core.mutations import Payload, forget_loaded
from psscript_graphql.db import models
from psscript_graphql.scripts.types import Script
from psscript_graphql.scripts.visibility import can_see

if TYPE_CHECKING:
    from psscript_graphql.analyses.job_types import AnalysisJob

AnalysisJobType = Annotated["AnalysisJob", strawberry.lazy("psscript_graphql.analyses.job_types")]


@strawberry.type(description="The script a mutation changed, as it is now.")
class ScriptPayload(Payload):
    script: Script | None = strawberry.field(default=None, description="The script after the change; null on failure.")


@strawberry.type(description="A payload whose script's content was saved: also the analysis job of that content.")
class AnalysedScriptPayload(Payload):
    script: Script | None = strawberry.field(default=None, description="The script after the change; null on failure.")
    job_row: strawberry.Private[models.AnalysisJob | None] = None

    @strawberry.field(
        description="The job analysing the script's content: the one this mutation queued (QUEUED), or the one that "
        "already covers this content. Follow it with `analysisProgress(jobId:)`; its stream begins with QUEUED. "
        "Null on failure, and when no job runs in this deployment."
    )
    async def analysis_job(self, info: Info) -> AnalysisJobType | None:
        from psscript_graphql.analyses.job_types import AnalysisJob

        if self.job_row is not None:
            return AnalysisJob.from_row(self.job_row)
        if self.script is None:
            return None
        row = await info.context.loaders.current_job_by_script.load(self.script.id)
        return AnalysisJob.from_row(row) if row else None


@strawberry.type(description="The result of a mutation that removed a script.")
class RemovedScriptPayload(Payload):
    script_id: relay.GlobalID | None = strawberry.field(default=None, description="ID of the removed script; null on failure.")


def fresh_script(info: Info, row: models.Script) -> Script | None:
    """The committed row as the payload's `script`; nested fields (versions, tags, counts) read
    afresh. Null if the viewer may no longer see it (e.g. a script they just deleted)."""
    loaders = forget_loaded(info.context)
    if not can_see(info.context.viewer, row):
        return None
    loaders.script_by_id.prime(row.id, row)
    return Script.from_row(row)


def script_global_id(script_id: int) -> relay.GlobalID:
    return relay.GlobalID("Script", str(script_id))


async def analysis_job(
    info: Info, session: AsyncSession, row: models.Script, *, new_script: bool = False
) -> tuple[models.AnalysisJob, bool] | None:
    """In the write's transaction: the job for the script's content, and whether it is new.

    Idempotent per content hash: an unchanged content queues nothing and gets the job that
    already covers it. A new job row commits with the write; `dispatch_analysis` hands it to
    the workers after the commit. None when this context runs no jobs.
    """
    if info.context.jobs is None:
        return None
    return await ensure_job(session, row, requested_by_id=info.context.viewer.id, new_script=new_script)


async def dispatch_analysis(info: Info, job: tuple[models.AnalysisJob, bool] | None) -> models.AnalysisJob | None:
    """After the commit: a new job goes to the workers, and its subscribers hear of it. The job row."""
    if job is None:
        return None
    row, created = job
    if created and info.context.jobs is not None:
        await dispatch(info.context.jobs, row)
    return row
