"""Payloads shared by the script mutations, and what every one of them does after committing."""

from __future__ import annotations

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from psscript_graphql.analyses.service import dispatch, ensure_job
from psscript_graphql.context import Info
from psscript_graphql.core.mutations import Payload, forget_loaded
from psscript_graphql.db import models
from psscript_graphql.scripts.types import Script
from psscript_graphql.scripts.visibility import can_see


@strawberry.type(description="The script a mutation changed, as it is now.")
class ScriptPayload(Payload):
    script: Script | None = strawberry.field(default=None, description="The script after the change; null on failure.")


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


async def analysis_job(info: Info, session: AsyncSession, row: models.Script, *, new_script: bool = False) -> models.AnalysisJob | None:
    """In the write's transaction: a job analysing the script's content, when one must be queued.

    Idempotent per content hash, so an unchanged content queues nothing (None). The job row
    commits with the write; `dispatch_analysis` hands it to the workers after the commit.
    """
    if info.context.jobs is None:
        return None
    job, created = await ensure_job(session, row, requested_by_id=info.context.viewer.id, new_script=new_script)
    return job if created else None


async def dispatch_analysis(info: Info, job: models.AnalysisJob | None) -> None:
    """After the commit: the queued job goes to the workers, and its subscribers hear of it."""
    if job is not None and info.context.jobs is not None:
        await dispatch(info.context.jobs, job)
