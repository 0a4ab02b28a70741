"""AnalysisSubscriptions: `analysisProgress` streams one job's progress to a websocket client.

Follow a job by `jobId`, or a script by `scriptId` (its running job, else the next one queued).
The subscriber first receives the job's QUEUED event (replayed from the job row when the job
has moved on since), then its current state, then every later event, and the stream completes
after the job's final event (SUCCEEDED or FAILED). Sequence numbers increase along a stream. Visibility applies: a script the
viewer may not see is an error and yields no events.

A websocket connection keeps one Context for its lifetime, so before each event the
subscription gives the context fresh loaders: nothing read for an earlier event is served
stale to a later one. The script and job rows for an event are read once per process and
shared by the subscribers handling it (`_SharedEventReads`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import strawberry
from graphql import GraphQLError
from sqlalchemy import select
from strawberry import relay

from psscript_graphql.analyses import service
from psscript_graphql.analyses.job_types import AnalysisProgress
from psscript_graphql.context import Info
from psscript_graphql.core.errors import ErrorCode, bad_input
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.events import ProgressEvent
from psscript_graphql.scripts.visibility import can_see

# Without events for this long, re-read the job row: covers events lost while a Redis
# connection was re-established, and a job whose worker died and was taken over.
RESYNC_AFTER_S = 10.0


EventRows = tuple[models.Script | None, models.AnalysisJob | None]


class _SharedEventReads:
    """The script and job rows as they are when an event is handled, read once per event.

    Every subscriber of a script gets each event at the same moment and used to read the same
    two rows for it (the visibility check, then `job { … }`): 2 × subscribers statements per
    event, queued on the pool while the final event waited. Now the first subscriber reads them
    and the others handling the same event meanwhile share that read; visibility is then
    decided per viewer in memory (`can_see`, the rule `visible_scripts` states in SQL). A read
    is shared only while it is in flight, so nobody is served rows older than their own event.
    """

    def __init__(self) -> None:
        self._reads: dict[tuple[Database, int, int, int], asyncio.Future[EventRows]] = {}

    async def rows(self, db: Database, script_id: int, event: ProgressEvent) -> EventRows:
        key = (db, script_id, event.job_id, event.sequence)
        read = self._reads.get(key)
        if read is None:
            read = self._reads[key] = asyncio.ensure_future(self._read(db, script_id, event.job_id))
            read.add_done_callback(lambda _: self._reads.pop(key, None))
        return await asyncio.shield(read)  # one subscriber going away does not cancel the others' read

    @staticmethod
    async def _read(db: Database, script_id: int, job_id: int) -> EventRows:
        async with db.read() as session:
            script = await session.scalar(select(models.Script).where(models.Script.id == script_id))
            job = await session.scalar(select(models.AnalysisJob).where(models.AnalysisJob.id == job_id))
        return script, job


_shared_reads = _SharedEventReads()


async def _visible_for_event(info: Info, script_id: int, event: ProgressEvent) -> bool:
    """Fresh loaders for this event, primed with the shared rows; False when the viewer may no
    longer see the script. Exactly what `script_by_id` and `analysis_job_by_id` would answer."""
    script, job = await _shared_reads.rows(info.context.db, script_id, event)
    info.context.refresh_loaders()
    viewer, loaders = info.context.viewer, info.context.loaders
    if script is None or not can_see(viewer, script):
        return False
    loaders.script_by_id.prime(script_id, script)
    # Jobs follow `visible_scripts`, under which even admins do not reach a deleted script.
    job_visible = job is not None and job.script_id == script_id and script.deleted_at is None
    loaders.analysis_job_by_id.prime(event.job_id, job if job_visible else None)
    return True


def _not_found(what: str) -> GraphQLError:
    return GraphQLError(f"No {what} with this id.", extensions={"code": ErrorCode.NOT_FOUND.value})


async def _visible_script(info: Info, script_id: int) -> bool:
    info.context.refresh_loaders()
    return await info.context.loaders.script_by_id.load(script_id) is not None


async def _script_to_follow(info: Info, script_id: relay.GlobalID | None, job_id: relay.GlobalID | None) -> tuple[int, int | None]:
    """(script id, job id or None), after checking the viewer may see the script."""
    if (script_id is None) == (job_id is None):
        raise bad_input("Give exactly one of `scriptId` and `jobId`.")
    if job_id is not None:
        job = await service.job_by_id(info.context.db, expect_global_id(job_id, "AnalysisJob", argument="jobId"))
        if job is None or not await _visible_script(info, job.script_id):
            raise _not_found("analysis job")
        return job.script_id, job.id
    assert script_id is not None
    id = expect_global_id(script_id, "Script", argument="scriptId")
    if not await _visible_script(info, id):
        raise _not_found("script")
    return id, None


@strawberry.type
class AnalysisSubscriptions:
    @strawberry.subscription(
        description="Progress of an analysis job: give `jobId`, or `scriptId` to follow the script's running job "
        "(or the next one queued). The stream begins with the job's QUEUED event (replayed if the job has moved on), "
        "then its current state; each event's `sequence` is greater than the one before; it completes when the job ends."
    )
    async def analysis_progress(
        self, info: Info, script_id: relay.GlobalID | None = None, job_id: relay.GlobalID | None = None
    ) -> AsyncGenerator[AnalysisProgress, None]:
        jobs = info.context.jobs
        if jobs is None:
            raise RuntimeError("this context has no job runtime; the app lifespan sets one")
        script, following = await _script_to_follow(info, script_id, job_id)
        async with jobs.broker.subscribe(script) as events:
            # Read the current state only now that we are subscribed: nothing can fall between.
            if following is not None:
                current = await service.job_by_id(info.context.db, following)
            else:
                current = await service.active_job_of_script(info.context.db, script)
            last_sequence = -1
            # A job that has moved on is shown from its QUEUED event, then as it is now: every
            # stream begins with QUEUED, whenever the subscriber arrives.
            backlog: list[ProgressEvent] = []
            if current is not None:
                if current.status != "queued":
                    backlog.append(ProgressEvent.queued_of(current))
                backlog.append(ProgressEvent.from_job(current))
            while True:
                pending = backlog.pop(0) if backlog else None
                if pending is None:
                    try:
                        pending = await asyncio.wait_for(events.get(), timeout=RESYNC_AFTER_S)
                    except TimeoutError:
                        row = await service.job_by_id(info.context.db, following) if following is not None else None
                        pending = ProgressEvent.from_job(row) if row is not None else None
                if pending is None or (following is not None and pending.job_id != following):
                    continue
                if pending.sequence <= last_sequence:
                    continue
                if not await _visible_for_event(info, script, pending):
                    return  # the script was made private or deleted meanwhile
                following, last_sequence = pending.job_id, pending.sequence
                yield AnalysisProgress.from_event(pending)
                if pending.is_final:
                    return
