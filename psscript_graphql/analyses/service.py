"""Analysis jobs as business rules: who may start one, idempotency, retry, storing results.

Script mutations call `ensure_job` in their own transaction (the job row commits with the
write that made it necessary) and `dispatch` after the commit; the `analyzeScript` and
`retryAnalysis` mutations do the same with `request_analysis` / `retry_analysis`.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol

from sqlalchemy import Select, and_, bindparam, or_, select, text
from sqlalchemy.dialects.postgresql import JSONB, Insert, insert
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.analyses.errors import AnalysisErrorCode
from psscript_graphql.analyzer.analyze import ANALYSIS_VERSION
from psscript_graphql.analyzer.settings import AnalyzerSettings
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


def _existing_job_statement() -> Select[tuple[Job]]:
    """The job that already covers (script, content hash, settings): an active one first, else the
    newest succeeded one whose analysis is stored and current (same content, same analyzer
    version, same settings). One statement, built once: script writes run it after every commit."""
    script_id, content_hash = bindparam("script_id"), bindparam("content_hash")
    settings = bindparam("settings", type_=JSONB)
    active = Job.status.in_(models.ACTIVE_JOB_STATUSES)
    current_analysis = (
        select(models.ScriptAnalysis.id)
        .where(
            models.ScriptAnalysis.script_id == script_id,
            models.ScriptAnalysis.content_hash == content_hash,
            models.ScriptAnalysis.analysis_version == ANALYSIS_VERSION,
            models.ScriptAnalysis.settings == settings,
        )
        .exists()
    )
    return (
        select(Job)
        .where(Job.script_id == script_id, Job.content_hash == content_hash, Job.settings == settings,
               or_(active, and_(Job.status == "succeeded", current_analysis)))
        .order_by(active.desc(), Job.created_at.desc(), Job.id.desc())
        .limit(1)
    )


_EXISTING_JOB = _existing_job_statement()


async def _insert_job(
    session: AsyncSession, script: models.Script, *, requested_by_id: int | None, settings: dict[str, Any]
) -> Job | None:
    """A new queued job, or None when an active one for this content won the race (partial unique index)."""
    stmt = (
        insert(Job)
        .values(script_id=script.id, content_hash=script.file_hash, requested_by_id=requested_by_id, message="Queued.",
                settings=settings)
        .on_conflict_do_nothing(index_elements=[Job.script_id, Job.content_hash], index_where=ACTIVE)
        .returning(Job)
    )
    return await session.scalar(stmt)


async def ensure_job(
    session: AsyncSession,
    script: models.Script,
    *,
    requested_by_id: int | None,
    new_script: bool = False,
    settings: AnalyzerSettings | None = None,
) -> tuple[Job, bool]:
    """The job for the script's current content and these settings: (existing, False) or (new, True).

    Idempotent per (script, content hash, settings): an active job is returned as is, and so is
    the succeeded job of an analysis that is already current. Concurrent callers race on the
    partial unique index; the loser gets the winner's job — or, when the winner was asked for
    other settings, an ANALYSIS_IN_PROGRESS error (only one analysis of a content runs at a
    time). `new_script`: the script was created in this transaction, so no job can exist yet.
    """
    wanted = (settings or AnalyzerSettings()).to_json()
    if not new_script:
        existing = await session.scalar(
            _EXISTING_JOB, {"script_id": script.id, "content_hash": script.file_hash, "settings": wanted}
        )
        if existing is not None:
            return existing, False
    created = await _insert_job(session, script, requested_by_id=requested_by_id, settings=wanted)
    if created is not None:
        return created, True
    winner = await _active_job(session, script.id, script.file_hash)
    assert winner is not None, "the conflicting active job is visible once its transaction committed"
    if settings is not None and winner.settings != wanted:
        raise DomainError(
            AnalysisErrorCode.ANALYSIS_IN_PROGRESS,
            "An analysis of this content with other settings is queued or running; ask again when it finished.",
            field=("settings",),
        )
    return winner, False


async def _script_for_owner(session: AsyncSession, viewer: Viewer, script_id: int, *, field: str, missing: str) -> models.Script:
    """The script if the viewer owns it or is an admin; invisible scripts read as missing."""
    script = await session.scalar(select(models.Script).where(models.Script.id == script_id))
    if script is None or script.deleted_at is not None or not can_see(viewer, script):
        raise DomainError(AnalysisErrorCode.NOT_FOUND, missing, field=(field,))
    if not (viewer.is_admin or viewer.owns(script.author_id)):
        raise DomainError(AnalysisErrorCode.FORBIDDEN, "Only the script's owner or an admin can analyse it.", field=(field,))
    return script


async def request_analysis(
    session: AsyncSession, viewer: Viewer, script_id: int, settings: AnalyzerSettings | None = None
) -> tuple[Job, bool]:
    """`analyzeScript`: owner or admin; (job, whether it must be dispatched after commit).

    `settings` (validated by the caller) replace the deployment default field by field for this job.
    """
    script = await _script_for_owner(session, viewer, script_id, field="scriptId", missing="No script with this id.")
    return await ensure_job(session, script, requested_by_id=viewer.id, settings=settings)


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
    job.queued_sequence = job.sequence
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


@functools.lru_cache(maxsize=8)
def _analysis_upsert(names: tuple[str, ...]) -> Insert:
    """The upsert for one set of columns (the analyzer always gives the same set): built once."""
    table = models.ScriptAnalysis.__table__
    stmt = insert(table).values({name: bindparam(f"v_{name}", type_=table.c[name].type) for name in names})
    return stmt.on_conflict_do_update(
        index_elements=[table.c.script_id], set_={name: stmt.excluded[name] for name in names if name != "script_id"}
    )


async def store_analysis(session: AsyncSession, script_id: int, content_hash: str, columns: dict[str, Any]) -> None:
    """Upsert the script's one analysis row (flush, no commit)."""
    values = {"script_id": script_id, "content_hash": content_hash, **columns}
    await session.execute(_analysis_upsert(tuple(values)), {f"v_{name}": value for name, value in values.items()})


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
