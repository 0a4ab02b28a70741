"""A job committed as queued but never added to the stream (or lost with Redis's data) is
found by the sweep and run; jobs the stream holds, or that were queued just now, are left alone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from sqlalchemy import select

from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.jobs.queue import RedisStreamQueue
from psscript_graphql.jobs.sweep import SWEEP_LOCK, sweep_lost_jobs, take_sweep_turn
from tests.factories import make_script, make_user
from tests.support.redis_server import RedisForTests

CONTENT = "Get-Process | Select-Object -First 3\n"


@pytest.fixture
async def redis_url(redis_server: RedisForTests) -> AsyncIterator[str]:
    url = redis_server.url.rsplit("/", 1)[0] + "/7"
    client = Redis.from_url(url, decode_responses=True)
    await client.flushdb()
    yield url
    await client.flushdb()
    await client.aclose()


@pytest.fixture
async def queue(redis_url: str) -> AsyncIterator[RedisStreamQueue]:
    redis = Redis.from_url(redis_url, decode_responses=True)
    yield RedisStreamQueue(redis)
    await redis.aclose()


async def _queued_jobs(db: Database, count: int) -> list[int]:
    """Job rows committed as queued, as a mutation leaves them before it adds them to the stream."""
    async with db.transaction() as session:
        author = await make_user(session)
        ids = []
        for _ in range(count):
            script = await make_script(session, author=author, content=CONTENT)
            job = models.AnalysisJob(script_id=script.id, content_hash="a" * 64, status="queued")
            session.add(job)
            await session.flush()
            ids.append(job.id)
        return ids


async def _status(db: Database, job_id: int) -> str | None:
    async with db.read() as session:
        return await session.scalar(select(models.AnalysisJob.status).where(models.AnalysisJob.id == job_id))


async def _status_with_a_worker(db: Database, job_id: int, settings: Settings, *, until: str, seconds: float) -> str | None:
    """Run a Redis-backed worker until the job has status `until` or `seconds` passed; the status."""
    runtime = JobRuntime.from_settings(settings)
    await runtime.check()
    await runtime.start_worker(db, settings)
    try:
        for _ in range(int(seconds * 10)):
            if (status := await _status(db, job_id)) == until:
                return status
            await asyncio.sleep(0.1)
        return await _status(db, job_id)
    finally:
        await runtime.close()


async def test_the_sweep_enqueues_only_the_queued_jobs_the_stream_does_not_hold(clean_db: Database, queue: RedisStreamQueue) -> None:
    held, lost = await _queued_jobs(clean_db, 2)
    await queue.enqueue(held)
    # Queued for less time than asked: nothing yet (it may be on its way to the stream).
    assert await sweep_lost_jobs(clean_db, queue, waited_s=3600) == []
    assert await sweep_lost_jobs(clean_db, queue, waited_s=0) == [lost]
    assert await queue.waiting_job_ids() == {held, lost}
    # Once it is back, a second sweep adds nothing: no job is delivered twice.
    assert await sweep_lost_jobs(clean_db, queue, waited_s=0) == []
    assert await queue.redis.xlen(queue.stream) == 2


async def test_the_stream_is_read_past_its_first_page(queue: RedisStreamQueue) -> None:
    async with queue.redis.pipeline(transaction=False) as pipe:
        for job_id in range(1, 2_501):
            pipe.xadd(queue.stream, {"job_id": str(job_id)})
        await pipe.execute()
    assert await queue.waiting_job_ids() == set(range(1, 2_501))


async def test_one_worker_of_the_deployment_sweeps_per_interval(queue: RedisStreamQueue) -> None:
    assert await take_sweep_turn(queue.redis, "worker-a", 0.2)
    assert not await take_sweep_turn(queue.redis, "worker-b", 0.2)
    assert await queue.redis.get(SWEEP_LOCK) == "worker-a"
    await asyncio.sleep(0.3)
    assert await take_sweep_turn(queue.redis, "worker-b", 0.2)


async def test_a_worker_runs_a_job_that_never_reached_the_stream(clean_db: Database, redis_url: str) -> None:
    settings = Settings(redis_url=redis_url, job_sweep_interval_s=1, embedding_backfill_on_start=False)
    [lost] = await _queued_jobs(clean_db, 1)
    assert await _status_with_a_worker(clean_db, lost, settings, until="succeeded", seconds=10) == "succeeded"


async def test_the_sweep_can_be_turned_off(clean_db: Database, redis_url: str) -> None:
    settings = Settings(redis_url=redis_url, job_sweep_interval_s=0, embedding_backfill_on_start=False)
    [lost] = await _queued_jobs(clean_db, 1)
    assert await _status_with_a_worker(clean_db, lost, settings, until="succeeded", seconds=1.5) == "queued"
