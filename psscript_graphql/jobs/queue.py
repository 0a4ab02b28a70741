"""Where analysis jobs wait for a worker: in this process (default) or on a Redis Stream.

The queue carries job ids only; the job row in PostgreSQL holds the state. A delivery is
acknowledged after the worker stored the result (or recorded the failure), so a worker that
dies mid-job leaves its delivery pending, and another worker claims it once it has been idle
for `JOB_CLAIM_IDLE_MS`. A running worker keeps its deliveries fresh with `keep_alive`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import ResponseError

STREAM = "psscript:analysis:jobs"
GROUP = "analysis-workers"


@dataclass(frozen=True)
class Delivery:
    """One job handed to one worker; `message_id` names the stream entry (empty in process)."""

    job_id: int
    message_id: str = ""


class JobQueue(Protocol):
    async def enqueue(self, job_id: int) -> None:
        """Make the job available to a worker."""
        ...

    async def receive(self, consumer: str, *, count: int, block_ms: int) -> list[Delivery]:
        """Up to `count` new jobs for `consumer`, waiting at most `block_ms` for the first one."""
        ...

    async def reclaim(self, consumer: str, *, min_idle_ms: int, count: int) -> list[Delivery]:
        """Jobs delivered to some worker that has not touched them for `min_idle_ms`, now `consumer`'s."""
        ...

    async def keep_alive(self, consumer: str, delivery: Delivery) -> None:
        """Tell the queue `consumer` is still working on `delivery`, so nobody reclaims it."""
        ...

    async def ack(self, delivery: Delivery) -> None:
        """The job is finished (stored or failed for good); it is never delivered again."""
        ...

    async def close(self) -> None: ...


class InProcessQueue:
    """An asyncio queue for the single-process default; jobs are lost with the process, so the
    app re-enqueues queued and running jobs from the database when it starts."""

    def __init__(self) -> None:
        self._ids: asyncio.Queue[int] = asyncio.Queue()

    async def enqueue(self, job_id: int) -> None:
        self._ids.put_nowait(job_id)

    async def receive(self, consumer: str, *, count: int, block_ms: int) -> list[Delivery]:
        try:
            async with asyncio.timeout(block_ms / 1000):
                first = await self._ids.get()
        except TimeoutError:
            return []
        ids = [first]
        while len(ids) < count and not self._ids.empty():
            ids.append(self._ids.get_nowait())
        return [Delivery(job_id) for job_id in ids]

    async def reclaim(self, consumer: str, *, min_idle_ms: int, count: int) -> list[Delivery]:
        return []  # one process: nobody else could have died holding a job

    async def keep_alive(self, consumer: str, delivery: Delivery) -> None:
        return None

    async def ack(self, delivery: Delivery) -> None:
        return None

    async def close(self) -> None:
        return None


def _deliveries(entries: list[tuple[str, dict[str, str] | None]]) -> list[Delivery]:
    found = []
    for message_id, fields in entries:
        # XAUTOCLAIM reports entries deleted meanwhile with no fields; nothing to run for them.
        if fields and str(fields.get("job_id", "")).isdigit():
            found.append(Delivery(int(fields["job_id"]), message_id))
    return found


class RedisStreamQueue:
    """A Redis Stream read by the consumer group `analysis-workers` (one consumer per worker task
    set). XADD to enqueue, XREADGROUP to receive, XACK+XDEL when done, XAUTOCLAIM to take over
    the deliveries of a worker that died, XCLAIM JUSTID as the keep-alive of a long job.

    The client must decode responses (`decode_responses=True`, as `jobs.runtime` builds it).
    """

    def __init__(self, redis: Redis, *, stream: str = STREAM, group: str = GROUP) -> None:
        self._redis, self.stream, self.group = redis, stream, group
        self._group_ready = False

    @property
    def redis(self) -> Redis:
        return self._redis

    async def _ensure_group(self) -> None:
        if self._group_ready:
            return
        try:
            # Id 0: entries added before any worker existed are delivered too.
            await self._redis.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise
        self._group_ready = True

    async def enqueue(self, job_id: int) -> None:
        await self._redis.xadd(self.stream, {"job_id": str(job_id)})

    async def receive(self, consumer: str, *, count: int, block_ms: int) -> list[Delivery]:
        await self._ensure_group()
        try:
            reply = await self._redis.xreadgroup(self.group, consumer, {self.stream: ">"}, count=count, block=block_ms)
        except ResponseError as error:
            if "NOGROUP" not in str(error):
                raise
            self._group_ready = False  # the stream was deleted (FLUSHALL…): recreate on the next call
            return []
        return [delivery for _stream, entries in reply or [] for delivery in _deliveries(entries)]

    async def reclaim(self, consumer: str, *, min_idle_ms: int, count: int) -> list[Delivery]:
        await self._ensure_group()
        try:
            reply = await self._redis.xautoclaim(
                self.stream, self.group, consumer, min_idle_time=min_idle_ms, start_id="0-0", count=count
            )
        except ResponseError as error:
            if "NOGROUP" not in str(error):
                raise
            self._group_ready = False
            return []
        return _deliveries(reply[1])

    async def keep_alive(self, consumer: str, delivery: Delivery) -> None:
        # Claiming our own entry with min-idle 0 resets its idle time; JUSTID leaves the
        # delivery count alone.
        await self._redis.xclaim(self.stream, self.group, consumer, 0, [delivery.message_id], justid=True)

    async def ack(self, delivery: Delivery) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xack(self.stream, self.group, delivery.message_id)
            pipe.xdel(self.stream, delivery.message_id)  # keeps the stream as short as the backlog
            await pipe.execute()

    async def waiting_job_ids(self) -> set[int]:
        """Every job id the stream holds (waiting or delivered and not yet acknowledged). Entries
        are deleted when acknowledged, so this reads as many entries as the backlog has."""
        found: set[int] = set()
        start = "-"
        while True:
            entries = await self._redis.xrange(self.stream, min=start, max="+", count=1000)
            found.update(delivery.job_id for delivery in _deliveries(entries))
            if len(entries) < 1000:
                return found
            start = "(" + entries[-1][0]  # exclusive: the next page starts after the last entry

    async def pending_count(self) -> int:
        """Deliveries not yet acknowledged (for tests and operators)."""
        await self._ensure_group()
        summary = await self._redis.xpending(self.stream, self.group)
        return int(summary["pending"])

    async def close(self) -> None:
        return None  # the client belongs to the JobRuntime, which closes it
