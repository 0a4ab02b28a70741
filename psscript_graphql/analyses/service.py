"""Analysis jobs as business rules: who may start one, idempotency, retry, storing results.

`enqueue_analysis` is what script mutations call after their transaction committed; the
`analyzeScript` and `retryAnalysis` mutations use `request_analysis` / `retry_analysis` in
their own transaction and `dispatch` after it.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.analyses.errors import AnalysisErrorCode
from psscript_graphql.analyzer.analyze import ANALYSIS_VERSION
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.events import EventBroker, ProgressEvent
from psscript_graphql.jobs.queue import JobQueue
from psscript_graphql.scripts.visibility import can_see

Job = models.AnalysisJob
ACTIVE = text("status IN ('queued', 'running')")  # the predicate of the partial unique index


async def _active_job(session: AsyncSession, script_id: int, content_hash: str) -> Job | None:
    return await session.scalar(
        select(Job).where(Job.script_id == script_id, Job.content_hash == content_hash, Job.status.in_(models.ACTIVE_JOB_STATUSES))
    )


async def _current_result(session: AsyncSession, script: models.Script) -> Job | None:
    """The succeeded job whose analysis is stored and current (same content, same analyzer)."""
    analysis = await session.scalar(select(models.ScriptAnalysis).where(models.ScriptAnalysis.script_id == script.id))
    if analysis is None or analysis.content_hash != script.file_hash or analysis.analysis_version != ANALYSIS_VERSION:
        return None
    return await session.scalar(
        select(Job)
        .where(Job.script_id == script.id, Job.content_hash == script.file_hash, Job.status == "succeeded")
        .order_by(Job.created_at.desc(), Job.id.desc())
        .limit(1)
    )


async def ensure_job(session: AsyncSession, script: models.Script, *, requested_by_id: int | None) -> tuple[Job, bool]:
    """The job for the script's current content: (existing, False) or (new, True).

    Idempotent per (script, content hash): an active job is returned as is, and so is the
    succeeded job of an analysis that is already current. Concurrent callers race on the
    partial unique index; the loser gets the winner's job.
    """
    existing = await _active_job(session, script.id, script.file_hash) or await _current_result(session, script)
    if existing is not None:
        return existing, False
    stmt = (
        insert(Job)
        .values(script_id=script.id, content_hash=script.file_hash, requested_by_id=requested_by_id, message="Queued.")
        .on_conflict_do_nothing(index_elements=[Job.script_id, Job.content_hash], index_where=ACTIVE)
        .returning(Job)
    )
    created = await session.scalar(stmt)
    if created is not None:
        return created, True
    winner = await _active_job(session, script.id, script.file_hash)
    assert winner is not None, "the conflicting active job is visible once its transaction committed"
    return winner, False


async def _script_for_owner(session: AsyncSession, viewer: Viewer, script_id: int, *, field: str, missing: str) -> models.Script:
    """The script if the viewer owns it or is an admin; invisible scripts read as missing."""
    script = await session.scalar(select(models.Script).where(models.Script.id == script_id))
    if script is None or script.deleted_at is not None or not can_see(viewer, script):
        raise DomainError(AnalysisErrorCode.NOT_FOUND, missing, field=(field,))
    if not (viewer.is_admin or viewer.owns(script.author_id)):
        raise DomainError(AnalysisErrorCode.FORBIDDEN, "Only the script's owner or an admin can analyse it.", field=(field,))
    return script


async def request_analysis(session: AsyncSession, viewer: Viewer, script_id: int) -> tuple[Job, bool]:
    """`analyzeScript`: owner or admin; (job, whether it must be dispatched after commit)."""
    script = await _script_for_owner(session, viewer, script_id, field="scriptId", missing="No script with this id.")
    return await ensure_job(session, script, requested_by_id=viewer.id)


async def retry_analysis(session: AsyncSession, viewer: Viewer, job_id: int) -> Job:
    """`retryAnalysis`: queue a failed job again (the worker analyses the script's current content)."""
    missing = "No analysis job with this id."
    job = await session.scalar(select(Job).where(Job.id == job_id).with_for_update())
    if job is None:
        raise DomainError(AnalysisErrorCode.NOT_FOUND, missing, field=("jobId",))
    await _script_for_owner(session, viewer, job.script_id, field="jobId", missing=missing)
    if job.status != "failed":
        raise DomainError(
            AnalysisErrorCode.JOB_NOT_FAILED, f"Only failed jobs can be retried; this one is {job.status}.", field=("jobId",)
        )
    if await _active_job(session, job.script_id, job.content_hash) is not None:
        raise DomainError(
            AnalysisErrorCode.ANALYSIS_IN_PROGRESS, "Another analysis of the same content is already queued or running.",
            field=("jobId",),
        )
    job.status, job.stage, job.percent, job.attempts = "queued", None, 0, 0
    job.message, job.error, job.findings, job.finding_count = "Queued again.", None, [], 0
    job.started_at = job.finished_at = None
    job.sequence += 1
    job.requested_by_id = viewer.id
    await session.flush()
    return job


class JobChannels(Protocol):
    """Where jobs go and where their events go (`jobs.runtime.JobRuntime`, `info.context.jobs`)."""

    queue: JobQueue
    broker: EventBroker


async def dispatch(jobs: JobChannels, job: Job) -> None:
    """After the job row committed: hand it to the workers and tell subscribers it is queued."""
    await jobs.queue.enqueue(job.id)
    await jobs.broker.publish(ProgressEvent.from_job(job))


async def enqueue_analysis(db: Database, jobs: JobChannels, script_id: int, *, requested_by_id: int | None = None) -> Job | None:
    """Queue an analysis of the script's current content (after createScript/updateScript/revertScript commit).

    No permission check: the caller just wrote the script. Returns the job (an existing one when
    this content is already queued, running or analysed), or None when the script is gone.
    """
    async with db.transaction() as session:
        script = await session.scalar(select(models.Script).where(models.Script.id == script_id))
        if script is None or script.deleted_at is not None:
            return None
        job, created = await ensure_job(session, script, requested_by_id=requested_by_id)
    if created:
        await dispatch(jobs, job)
    return job


async def store_analysis(session: AsyncSession, script_id: int, content_hash: str, columns: dict[str, Any]) -> None:
    """Upsert the script's one analysis row (flush, no commit)."""
    values = {"script_id": script_id, "content_hash": content_hash, **columns}
    stmt = insert(models.ScriptAnalysis).values(values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[models.ScriptAnalysis.script_id],
        set_={name: stmt.excluded[name] for name in values if name != "script_id"},
    )
    await session.execute(stmt)


async def job_by_id(db: Database, job_id: int) -> Job | None:
    """The job row as it is now (no visibility rule: callers checked the script)."""
    async with db.read() as session:
        return await session.scalar(select(Job).where(Job.id == job_id))


async def active_job_of_script(db: Database, script_id: int) -> Job | None:
    """The newest queued or running job of a script, if any."""
    async with db.read() as session:
        return await session.scalar(
            select(Job)
            .where(Job.script_id == script_id, Job.status.in_(models.ACTIVE_JOB_STATUSES))
            .order_by(Job.created_at.desc(), Job.id.desc())
            .limit(1)
        )
