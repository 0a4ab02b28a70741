"""Put back on the Redis Stream the jobs the database says are queued but no queue holds.

A job row commits before its id is added to the stream (the mutation answers with the row), so
a process that dies between the two, a Redis outage at that moment, or a stream lost with
Redis's data (a restart without persistence, FLUSHALL) leaves a job `queued` that no worker
will ever receive. Every `JOB_SWEEP_INTERVAL_S` one worker of the deployment (a Redis lock
decides which) compares the database's queued jobs that have waited at least that long with
the stream's entries and enqueues the missing ones. A job is added at most once per sweep and
only when absent, so a sweep never makes a second delivery of a job that is still waiting.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from redis.asyncio import Redis
from sqlalchemy import func, select

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.queue import RedisStreamQueue

log = logging.getLogger(__name__)

SWEEP_LOCK = "psscript:analysis:sweep"
Job = models.AnalysisJob


async def queued_job_ids(db: Database, *, waited_s: float) -> set[int]:
    """Jobs queued (not yet started) whose row has not changed for `waited_s` seconds."""
    cutoff = func.now() - timedelta(seconds=waited_s)
    async with db.read() as session:
        found = await session.scalars(select(Job.id).where(Job.status == "queued", Job.updated_at <= cutoff))
        return set(found)


async def sweep_lost_jobs(db: Database, queue: RedisStreamQueue, *, waited_s: float) -> list[int]:
    """Enqueue the jobs queued for `waited_s` that the stream does not hold; their ids."""
    queued = await queued_job_ids(db, waited_s=waited_s)
    if not queued:
        return []
    lost = sorted(queued - await queue.waiting_job_ids())
    for job_id in lost:
        await queue.enqueue(job_id)
    if lost:
        log.warning("re-queued %d analysis job(s) no queue held: %s", len(lost), ", ".join(map(str, lost[:20])))
    return lost


async def take_sweep_turn(redis: Redis, consumer: str, interval_s: float) -> bool:
    """True for the one worker of the deployment that sweeps in this interval."""
    return bool(await redis.set(SWEEP_LOCK, consumer, nx=True, px=max(1, int(interval_s * 1000))))
