"""The job queue and event broker a process uses, chosen from settings, and its in-process worker.

- No REDIS_URL: `InProcessQueue` + `MemoryBroker`, and the API process runs the worker itself
  (`start_worker`, called from the app lifespan).
- REDIS_URL: `RedisStreamQueue` + `RedisBroker`; API processes enqueue, publish and subscribe,
  and `psscript-graphql worker` processes run the jobs — or the API processes themselves with
  SERVE_RUNS_ANALYSES (what `serve --workers N` does with the embedded Redis it starts).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy.engine import make_url

from psscript_graphql.config import Settings
from psscript_graphql.db.bootstrap import StartupError
from psscript_graphql.db.session import Database
from psscript_graphql.jobs import state
from psscript_graphql.jobs.events import EventBroker, MemoryBroker, RedisBroker
from psscript_graphql.jobs.queue import InProcessQueue, JobQueue, RedisStreamQueue
from psscript_graphql.jobs.worker import AnalysisWorker
from psscript_graphql.search.embeddings.factory import provider_for

log = logging.getLogger(__name__)

REDIS_CONNECT_TIMEOUT_S = 3.0


def describe_redis(url: str) -> str:
    """The URL without its password, for error lines."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 — an unparsable URL is shown as the scheme only
        return url.split("://", 1)[0] + "://…"


def redis_client(url: str) -> Redis:
    try:
        return Redis.from_url(
            url, socket_connect_timeout=REDIS_CONNECT_TIMEOUT_S, health_check_interval=30, decode_responses=True
        )
    except ValueError as error:
        raise StartupError(f"REDIS_URL is not a usable Redis URL: {error}") from None


async def ping_redis(client: Redis, url: str) -> None:
    """`StartupError` (the one line the CLI prints) unless Redis answers PING."""
    try:
        await client.ping()
    except (RedisError, OSError) as error:
        message = (str(error).strip() or type(error).__name__).splitlines()[0]
        raise StartupError(f"Redis unreachable at {describe_redis(url)}: {message}") from None


async def check_redis(url: str) -> None:
    """At start-up, before serving: is REDIS_URL usable and reachable?"""
    client = redis_client(url)
    try:
        await ping_redis(client, url)
    finally:
        await client.aclose()


async def requeue_unfinished(db: Database, queue: JobQueue) -> int:
    """Put every job that is queued or running in the database back on `queue`; how many."""
    async with db.read() as session:
        job_ids = await state.unfinished_job_ids(session)
    for job_id in job_ids:
        await queue.enqueue(job_id)
    return len(job_ids)


class JobRuntime:
    """Queue, broker and (without Redis) the worker of one process; `info.context.jobs`."""

    def __init__(self, queue: JobQueue, broker: EventBroker, redis: Redis | None = None, redis_url: str | None = None) -> None:
        self.queue, self.broker, self.redis, self._redis_url = queue, broker, redis, redis_url
        self._stop = asyncio.Event()
        self._worker_task: asyncio.Task[None] | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> JobRuntime:
        """Build without connecting; `check()` connects (in the app lifespan or the worker command)."""
        if not settings.redis_url:
            return cls(InProcessQueue(), MemoryBroker())
        redis = redis_client(settings.redis_url)
        return cls(RedisStreamQueue(redis), RedisBroker(redis), redis, settings.redis_url)

    async def check(self) -> None:
        if self.redis is not None:
            await ping_redis(self.redis, self._redis_url or "")

    @property
    def in_process(self) -> bool:
        return self.redis is None

    async def start_worker(
        self, db: Database, settings: Settings, *, on_stored: Callable[[], Awaitable[None]] | None = None
    ) -> None:
        """Run jobs in this process (the default without Redis). The in-process queue starts empty, so
        it re-queues what a restart lost; a Redis Stream keeps its jobs (and `serve` re-queues into the
        embedded one it starts, once, before its workers: see serving/embedded_redis.py)."""
        if self.in_process:
            await requeue_unfinished(db, self.queue)
        worker = AnalysisWorker(db, self.queue, self.broker, provider_for(settings), settings, on_stored=on_stored)
        self._worker_task = asyncio.create_task(worker.run(self._stop), name="analysis-worker")

    async def close(self) -> None:
        self._stop.set()
        if self._worker_task is not None:
            # Running jobs finish (they are short); the worker stops taking new ones.
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker_task
        await self.broker.close()
        await self.queue.close()
        if self.redis is not None:
            with contextlib.suppress(RedisError, OSError):
                await self.redis.aclose()
