"""AnalysisSubscriptions: `analysisProgress` streams one job's progress to a websocket client.

Follow a job by `jobId`, or a script by `scriptId` (its running job, else the next one queued).
The subscriber first receives the job's current state, then every later event, and the stream
completes after the job's final event (SUCCEEDED or FAILED). Visibility applies: a script the
viewer may not see is an error and yields no events.

A websocket connection keeps one Context for its lifetime, so before each event the
subscription gives the context fresh loaders: nothing read for an earlier event is served
stale to a later one.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import strawberry
from graphql import GraphQLError
from strawberry import relay

from psscript_graphql.analyses import service
from psscript_graphql.analyses.job_types import AnalysisProgress
from psscript_graphql.context import Info
from psscript_graphql.core.errors import ErrorCode, bad_input
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.jobs.events import ProgressEvent

# Without events for this long, re-read the job row: covers events lost while a Redis
# connection was re-established, and a job whose worker died and was taken over.
RESYNC_AFTER_S = 10.0


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
        "(or the next one queued). The current state comes first; the stream completes when the job ends."
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
            pending: ProgressEvent | None = ProgressEvent.from_job(current) if current is not None else None
            while True:
                if pending is not None and (following is None or pending.job_id == following):
                    if pending.sequence > last_sequence:
                        if not await _visible_script(info, script):
                            return  # the script was made private or deleted meanwhile
                        following, last_sequence = pending.job_id, pending.sequence
                        yield AnalysisProgress.from_event(pending)
                        if pending.is_final:
                            return
                try:
                    pending = await asyncio.wait_for(events.get(), timeout=RESYNC_AFTER_S)
                except TimeoutError:
                    row = await service.job_by_id(info.context.db, following) if following is not None else None
                    pending = ProgressEvent.from_job(row) if row is not None else None
