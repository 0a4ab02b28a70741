"""RedisStreamQueue against the real Redis-protocol server: deliver once, reclaim when idle, ack."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from psscript_graphql.jobs.events import ProgressEvent, RedisBroker
from psscript_graphql.jobs.queue import RedisStreamQueue
from tests.support.redis_server import RedisForTests


@pytest.fixture
async def redis(redis_server: RedisForTests) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server.url.rsplit("/", 1)[0] + "/6", decode_responses=True)
    await client.flushdb()
    yield client
    await client.aclose()


async def test_a_job_is_delivered_to_one_consumer_and_reclaimed_only_when_idle(redis: Redis) -> None:
    queue = RedisStreamQueue(redis)
    assert await queue.receive("w1", count=5, block_ms=10) == []
    await queue.enqueue(7)
    [delivery] = await queue.receive("w1", count=5, block_ms=10)
    assert delivery.job_id == 7
    assert await queue.receive("w2", count=5, block_ms=10) == []  # delivered once
    assert await queue.reclaim("w2", min_idle_ms=60_000, count=5) == []  # w1 is not idle yet
    await asyncio.sleep(0.06)
    await queue.keep_alive("w1", delivery)  # the heartbeat resets idle time
    assert await queue.reclaim("w2", min_idle_ms=50, count=5) == []
    await asyncio.sleep(0.06)
    [claimed] = await queue.reclaim("w2", min_idle_ms=50, count=5)  # w1 went silent: w2 takes it
    assert claimed == delivery
    await queue.ack(claimed)
    assert await queue.pending_count() == 0
    assert await redis.xlen(queue.stream) == 0


async def test_a_malformed_stream_entry_is_not_delivered(redis: Redis) -> None:
    queue = RedisStreamQueue(redis)
    await queue.receive("w1", count=1, block_ms=1)  # creates the group
    await redis.xadd(queue.stream, {"job_id": "not-a-number"})
    assert await queue.receive("w1", count=5, block_ms=10) == []


async def test_broker_delivers_to_subscribers_of_the_script_only(redis: Redis) -> None:
    publisher, subscriber = RedisBroker(redis), RedisBroker(redis)
    event = ProgressEvent(job_id=1, script_id=10, status="running", stage="parse", percent=20, message="m",
                          error=None, attempts=1, finding_count=0, sequence=3)
    try:
        async with subscriber.subscribe(10) as mine, subscriber.subscribe(11) as other:
            await publisher.publish(event)
            await publisher.publish(ProgressEvent(**{**event.__dict__, "script_id": 12}))
            assert await asyncio.wait_for(mine.get(), 5) == event
            await asyncio.sleep(0.1)
            assert other.empty()
    finally:
        await subscriber.close()
        await publisher.close()
