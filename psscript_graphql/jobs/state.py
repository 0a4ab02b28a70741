"""The job row's transitions: queued → running → (stage by stage) → succeeded | failed.

Every transition bumps `sequence` and returns the updated row, from which the caller builds the
progress event it publishes. Transitions on a job that is gone (its script was deleted) or no
longer running return None.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Update, bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.db import models

Job = models.AnalysisJob


async def start(session: AsyncSession, job_id: int, *, max_attempts: int) -> tuple[Job | None, bool]:
    """Mark a delivered job running; (row, True) to run it, (row, False) when it must not run.

    A job found `running` was left so by a worker that died; it runs again unless it already
    used `max_attempts` starts, in which case it is failed here (a script that kills workers
    must not kill every worker in turn). Finished jobs (a duplicate delivery) are left alone.
    """
    job = await session.scalar(_LOCK_JOB, {"job_id": job_id})
    if job is None or job.status in ("succeeded", "failed"):
        return job, False
    if job.status == "running" and job.attempts >= max_attempts:
        failed = await fail(
            session, job.id, f"Gave up after {job.attempts} attempts: the worker stopped during each of them."
        )
        return failed, False
    return await session.scalar(_START_JOB, {"job_id": job_id}, execution_options={"populate_existing": True}), True


# Built once: every job runs these.
_LOCK_JOB = select(Job).where(Job.id == bindparam("job_id")).with_for_update()
_START_JOB = (
    update(Job)
    .where(Job.id == bindparam("job_id"))
    .values(
        status="running",
        stage=None,
        percent=0,
        attempts=Job.attempts + 1,
        message="Analysis started.",
        error=None,
        finding_count=0,
        findings=[],
        started_at=func.now(),
        finished_at=None,
        sequence=Job.sequence + 1,
    )
    .returning(Job)
)


async def progress(
    session: AsyncSession,
    job_id: int,
    *,
    stage: str,
    percent: int,
    message: str,
    findings: list[dict[str, Any]] | None = None,
    finding_count: int | None = None,
    succeeded: bool = False,
) -> Job | None:
    """Record a finished stage (and success, after the last one)."""
    params: dict[str, Any] = {"job_id": job_id, "v_stage": stage, "v_percent": percent, "v_message": message}
    if findings is not None:
        params["v_findings"] = findings
    if finding_count is not None:
        params["v_finding_count"] = finding_count
    stmt = _progress_statement(findings is not None, finding_count is not None, succeeded)
    return await session.scalar(stmt, params, execution_options={"populate_existing": True})


@functools.cache
def _progress_statement(findings: bool, finding_count: bool, succeeded: bool) -> Update:
    """Each job makes the same few kinds of progress update: each kind's statement is built once."""
    names = ["stage", "percent", "message"] + ["findings"] * findings + ["finding_count"] * finding_count
    table = Job.__table__
    values: dict[str, Any] = {name: bindparam(f"v_{name}", type_=table.c[name].type) for name in names}
    values["sequence"] = Job.sequence + 1
    if succeeded:
        values |= {"status": "succeeded", "finished_at": func.now()}
    return update(Job).where(Job.id == bindparam("job_id"), Job.status == "running").values(**values).returning(Job)


async def fail(session: AsyncSession, job_id: int, error: str) -> Job | None:
    stmt = (
        update(Job)
        .where(Job.id == job_id, Job.status.in_(models.ACTIVE_JOB_STATUSES))
        .values(status="failed", error=error, message="Analysis failed.", finished_at=func.now(), sequence=Job.sequence + 1)
        .returning(Job)
    )
    return await session.scalar(stmt, execution_options={"populate_existing": True})


async def unfinished_job_ids(session: AsyncSession) -> list[int]:
    """Queued or running jobs, oldest first: what an in-process queue lost when its process ended."""
    stmt = select(Job.id).where(Job.status.in_(models.ACTIVE_JOB_STATUSES)).order_by(Job.created_at, Job.id)
    return list(await session.scalars(stmt))


async def waiting_job_count(session: AsyncSession) -> int:
    """Jobs queued and not yet started, from every process: the depth /metrics reports."""
    return await session.scalar(select(func.count()).select_from(Job).where(Job.status == "queued")) or 0
