"""The Redis store, shared by every API replica and worker.

Redis failing mid-run is not an error for clients: reads become misses, writes are skipped,
and a warning is logged (once per outage). A bump that could not reach Redis is owed: the
generation is bumped as soon as Redis answers again, so nothing written during the outage is
served stale afterwards beyond what other replicas cached in the meantime (bounded by TTL).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

GENERATION_KEY = "psscript:cache:generation"
# The request path (cache, rate limits, persisted queries, the worker's invalidations) uses its own
# client with short timeouts: a Redis outage must degrade to the database, not hang requests.
REQUEST_PATH_TIMEOUT_S = 1


def request_path_client(url: str) -> Redis:
    return Redis.from_url(url, socket_timeout=REQUEST_PATH_TIMEOUT_S, socket_connect_timeout=REQUEST_PATH_TIMEOUT_S)


class RedisStore:
    name = "redis"

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._bump_owed = False
        self._down = False

    def _failed(self, error: RedisError) -> None:
        if not self._down:
            logger.warning("cache: Redis unavailable, serving from the database (%s)", error)
        self._down = True

    async def generation(self) -> int | None:
        try:
            if self._bump_owed:
                await self._redis.incr(GENERATION_KEY)
                self._bump_owed = False
            value = await self._redis.get(GENERATION_KEY)
        except RedisError as error:
            self._failed(error)
            return None
        if self._down:
            logger.warning("cache: Redis is back")
            self._down = False
        return int(value or 0)

    async def bump(self) -> None:
        try:
            await self._redis.incr(GENERATION_KEY)
        except RedisError as error:
            self._bump_owed = True
            self._failed(error)

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        try:
            return list(await self._redis.mget(list(keys)))
        except RedisError as error:
            self._failed(error)
            return [None] * len(keys)

    async def set_many(self, items: dict[str, bytes], ttl_s: int) -> None:
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                for key, value in items.items():
                    pipe.set(key, value, ex=ttl_s)
                await pipe.execute()
        except RedisError as error:
            self._failed(error)
