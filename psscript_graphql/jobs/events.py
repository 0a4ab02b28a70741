"""Progress events of analysis jobs, and the brokers that carry them to subscribers.

Events go to one channel per script (`psscript:analysis:script:<id>`); a subscriber of a job
subscribes to its script's channel and filters. `MemoryBroker` serves one process;
`RedisBroker` publishes on Redis pub/sub so the subscribers of every API replica receive the
events of every worker. Each process holds one pub/sub connection and fans events out to its
local subscribers, however many websockets it serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import orjson
from redis.asyncio import Redis
from redis.exceptions import RedisError

from psscript_graphql.db import models

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "psscript:analysis:script:"
SUBSCRIBER_BUFFER = 256  # a job publishes ~8 events; a subscriber this far behind is stuck
TERMINAL_STATUSES = ("succeeded", "failed")


def channel_for(script_id: int) -> str:
    return f"{CHANNEL_PREFIX}{script_id}"


@dataclass(frozen=True)
class ProgressEvent:
    """The state of a job after one step: what every subscriber of its script receives."""

    job_id: int
    script_id: int
    status: str
    stage: str | None
    percent: int
    message: str | None
    error: str | None
    attempts: int
    finding_count: int
    findings: list[dict[str, Any]] = field(default_factory=list)
    # The job row's sequence number; a subscriber drops events not newer than what it has.
    sequence: int = 0

    @property
    def is_final(self) -> bool:
        return self.status in TERMINAL_STATUSES

    @classmethod
    def from_job(cls, job: models.AnalysisJob) -> ProgressEvent:
        return cls(
            job_id=job.id,
            script_id=job.script_id,
            status=job.status,
            stage=job.stage,
            percent=job.percent,
            message=job.message,
            error=job.error,
            attempts=job.attempts,
            finding_count=job.finding_count,
            findings=list(job.findings or []),
            sequence=job.sequence,
        )

    @classmethod
    def queued_of(cls, job: models.AnalysisJob) -> ProgressEvent:
        """The QUEUED event the job published when it was (last) queued, as it was then."""
        return cls(
            job_id=job.id,
            script_id=job.script_id,
            status="queued",
            stage=None,
            percent=0,
            message="Queued." if job.queued_sequence == 0 else "Queued again.",
            error=None,
            attempts=0,
            finding_count=0,
            sequence=job.queued_sequence,
        )

    def to_json(self) -> bytes:
        return orjson.dumps(asdict(self))

    @classmethod
    def from_json(cls, raw: bytes | str) -> ProgressEvent:
        return cls(**orjson.loads(raw))


class EventBroker(Protocol):
    async def publish(self, event: ProgressEvent) -> None: ...

    def subscribe(self, script_id: int) -> contextlib.AbstractAsyncContextManager[asyncio.Queue[ProgressEvent]]:
        """Events of `script_id`'s jobs from now on, until the block exits."""
        ...

    async def close(self) -> None: ...


class _Fanout:
    """Local subscribers per channel, each with its own bounded queue."""

    def __init__(self) -> None:
        self.queues: dict[str, set[asyncio.Queue[ProgressEvent]]] = {}

    def add(self, channel: str) -> tuple[asyncio.Queue[ProgressEvent], bool]:
        """A new subscriber's queue, and whether it is the channel's first."""
        queue: asyncio.Queue[ProgressEvent] = asyncio.Queue(SUBSCRIBER_BUFFER)
        subscribers = self.queues.setdefault(channel, set())
        subscribers.add(queue)
        return queue, len(subscribers) == 1

    def remove(self, channel: str, queue: asyncio.Queue[ProgressEvent]) -> bool:
        """Drop a subscriber; True when the channel has none left."""
        subscribers = self.queues.get(channel, set())
        subscribers.discard(queue)
        if subscribers:
            return False
        self.queues.pop(channel, None)
        return True

    def deliver(self, channel: str, event: ProgressEvent) -> None:
        for queue in tuple(self.queues.get(channel, ())):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:
                # The subscription re-reads the job row when it falls silent, so it catches up.
                log.warning("dropping an analysis event for a subscriber %d events behind", queue.qsize())


class MemoryBroker:
    """In-process fan-out: the default when REDIS_URL is not set."""

    def __init__(self) -> None:
        self._fanout = _Fanout()

    async def publish(self, event: ProgressEvent) -> None:
        self._fanout.deliver(channel_for(event.script_id), event)

    @contextlib.asynccontextmanager
    async def subscribe(self, script_id: int) -> AsyncIterator[asyncio.Queue[ProgressEvent]]:
        channel = channel_for(script_id)
        queue, _first = self._fanout.add(channel)
        try:
            yield queue
        finally:
            self._fanout.remove(channel, queue)

    async def close(self) -> None:
        return None


class RedisBroker:
    """Redis pub/sub: publish from any process, receive in every process that subscribed."""

    RECONNECT_DELAY_S = 0.5
    CONFIRM_TIMEOUT_S = 5.0

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._pubsub = redis.pubsub()
        self._fanout = _Fanout()
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._confirmed: dict[str, asyncio.Event] = {}

    async def publish(self, event: ProgressEvent) -> None:
        await self._redis.publish(channel_for(event.script_id), event.to_json())

    @contextlib.asynccontextmanager
    async def subscribe(self, script_id: int) -> AsyncIterator[asyncio.Queue[ProgressEvent]]:
        channel = channel_for(script_id)
        async with self._lock:
            queue, first = self._fanout.add(channel)
            try:
                if first:
                    await self._subscribe_confirmed(channel)
            except BaseException:
                self._fanout.remove(channel, queue)
                raise
        try:
            yield queue
        finally:
            async with self._lock:
                if self._fanout.remove(channel, queue):
                    with contextlib.suppress(RedisError, OSError):
                        await self._pubsub.unsubscribe(channel)

    async def _subscribe_confirmed(self, channel: str) -> None:
        """SUBSCRIBE and wait until Redis confirmed it: events published after that reach us.

        Callers read the job's current state only after this, so no event falls between the
        state they read and the first event they receive.
        """
        confirmed = self._confirmed[channel] = asyncio.Event()
        await self._pubsub.subscribe(channel)
        if self._reader is None:
            self._reader = asyncio.create_task(self._read(), name="analysis-events-reader")
        try:
            async with asyncio.timeout(self.CONFIRM_TIMEOUT_S):
                await confirmed.wait()
        except TimeoutError:
            log.warning("no SUBSCRIBE confirmation for %s within %.0f s", channel, self.CONFIRM_TIMEOUT_S)
        finally:
            self._confirmed.pop(channel, None)

    async def _read(self) -> None:
        while True:
            try:
                message = await self._pubsub.get_message(timeout=1.0)
            except (RedisError, OSError) as error:
                # redis-py reconnects and re-subscribes on the next read; subscriptions re-read
                # the job row when silent, so events lost meanwhile are caught up.
                log.warning("analysis event subscription lost (%s); reconnecting", error)
                await asyncio.sleep(self.RECONNECT_DELAY_S)
                continue
            if message is None:
                continue
            channel = message["channel"]
            channel = channel.decode() if isinstance(channel, bytes) else str(channel)
            if message.get("type") == "subscribe" and channel in self._confirmed:
                self._confirmed[channel].set()
            if message.get("type") != "message":
                continue
            try:
                event = ProgressEvent.from_json(message["data"])
            except (ValueError, TypeError) as error:
                log.warning("ignoring a malformed analysis event on %s: %s", message.get("channel"), error)
                continue
            self._fanout.deliver(channel, event)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
            self._reader = None
        with contextlib.suppress(RedisError, OSError):
            await self._pubsub.aclose()
