"""Two API processes and worker processes sharing one Redis-protocol server (Streams + pub/sub).

Each test uses Redis database 5, emptied first, so stream entries of other tests never reach
these workers. Workers run with ANALYSIS_STAGE_DELAY_MS (each stage takes that long) and a
short JOB_CLAIM_IDLE_MS so a killed worker's job is taken over within seconds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from sqlalchemy import select

from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.e2e.test_analysis_subscriptions import _script_of, _until
from tests.support.analysis_clients import WorkerProcess, analyze, follow, register, ws_client
from tests.support.redis_server import RedisForTests
from tests.support.server import ServerProcess


@pytest.fixture
def redis_url(redis_server: RedisForTests) -> str:
    url = redis_server.url.rsplit("/", 1)[0] + "/5"
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    return url


@pytest.fixture
def api_pair(fresh_database: str, redis_url: str, tmp_path: Path) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    env = {"DATABASE_URL": fresh_database, "REDIS_URL": redis_url}
    a = ServerProcess(env, log_dir=tmp_path).start()
    b = ServerProcess(env, log_dir=tmp_path).start()
    yield a, b
    a.stop()
    b.stop()


def _worker(fresh_database: str, redis_url: str, tmp_path: Path, delay_ms: int) -> WorkerProcess:
    env = {
        "DATABASE_URL": fresh_database, "REDIS_URL": redis_url, "ANALYSIS_STAGE_DELAY_MS": str(delay_ms),
        "JOB_CLAIM_IDLE_MS": "1500", "DB_POOL_MIN": "1",
    }
    return WorkerProcess(env, tmp_path).start()


async def _job_row(database: str, gid: str) -> models.AnalysisJob:
    from strawberry import relay

    db = Database.from_settings(Settings(db_pool_min=0, db_pool_max=1), database)
    try:
        async with db.read() as session:
            row = await session.scalar(select(models.AnalysisJob).where(models.AnalysisJob.id == int(relay.GlobalID.from_id(gid).node_id)))
    finally:
        await db.dispose()
    assert row is not None
    return row


async def test_a_subscriber_on_one_api_process_sees_a_job_enqueued_through_another(
    api_pair: tuple[ServerProcess, ServerProcess], fresh_database: str, redis_url: str, tmp_path: Path
) -> None:
    a, b = api_pair
    worker = _worker(fresh_database, redis_url, tmp_path, delay_ms=50)
    try:
        user_id, token = register(b.base_url)
        script = await _script_of(fresh_database, user_id, public=False)
        events: list[dict] = []
        following = asyncio.create_task(follow(ws_client(a.base_url, token=token), events, scriptId=script))
        await asyncio.sleep(0.5)
        job_id = await asyncio.to_thread(analyze, b.base_url, token, script)
        await asyncio.wait_for(following, 30)
    finally:
        worker.stop()
    assert [e["stage"] for e in events[2:]] == ["PARSE", "RULES", "METRICS", "EMBED", "STORE"], worker.log()
    assert events[0]["status"] == "QUEUED" and events[-1]["status"] == "SUCCEEDED"
    assert {e["jobId"] for e in events} == {job_id} and events[-1]["analysis"] is not None
    assert "Traceback" not in a.log() + b.log() + worker.log()


async def test_a_job_of_a_killed_worker_is_finished_by_another_worker(
    api_pair: tuple[ServerProcess, ServerProcess], fresh_database: str, redis_url: str, tmp_path: Path
) -> None:
    a, b = api_pair
    doomed = _worker(fresh_database, redis_url, tmp_path, delay_ms=1000)  # ~6 s per job: plenty of time to kill it
    rescuer: WorkerProcess | None = None
    try:
        user_id, token = register(b.base_url)
        script = await _script_of(fresh_database, user_id, public=True)
        job_id = await asyncio.to_thread(analyze, b.base_url, token, script)
        events: list[dict] = []
        following = asyncio.create_task(follow(ws_client(a.base_url, token=None), events, jobId=job_id))
        await _until(events, lambda seen: any(e["stage"] == "PARSE" for e in seen), timeout=30)
        doomed.kill()  # SIGKILL mid-job: no failure recorded, the delivery stays pending

        rescuer = _worker(fresh_database, redis_url, tmp_path, delay_ms=0)
        await asyncio.wait_for(following, 30)
    finally:
        doomed.kill()
        if rescuer is not None:
            rescuer.stop()
    assert events[-1]["status"] == "SUCCEEDED" and events[-1]["analysis"] is not None, events
    restarted = [e for e in events if e["status"] == "RUNNING" and e["stage"] is None]
    assert [e["job"]["attempts"] for e in restarted][-1] == 2  # the rescuer's start was the second attempt
    row = await _job_row(fresh_database, job_id)
    assert row.status == "succeeded" and row.attempts == 2
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.xpending("psscript:analysis:jobs", "analysis-workers")["pending"] == 0  # acknowledged
    finally:
        client.close()
    assert rescuer is not None and "claimed 1 job(s) left by a stopped worker" in rescuer.log()
