"""One cache interface, two stores (memory.py in process, redis.py shared by replicas).

Invalidation is by generation: every key embeds the current generation number, and any
mutation bumps it, so everything cached before the write is unreachable at once — correct
without tracking which of the many filter combinations a write touched. Entries also expire
by TTL. A store that fails answers "miss" and the request goes to the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from redis.asyncio import Redis


class CacheStore(Protocol):
    name: str

    async def generation(self) -> int | None:
        """The current generation; None when the store is unavailable (then nothing is cached)."""
        ...

    async def bump(self) -> None:
        """Invalidate everything cached so far."""
        ...

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]: ...

    async def set_many(self, items: dict[str, bytes], ttl_s: int) -> None: ...


# TTLs from the issue that introduced the cache; the generation makes writes visible at once.
SCRIPT_TTL_S = 600
LIST_TTL_S = 300
ANALYSIS_TTL_S = 600
ANALYTICS_TTL_S = 3600


def make_store(redis: Redis | None) -> CacheStore:
    """Redis when configured (shared by replicas and workers), else this process's memory."""
    from psscript_graphql.cache.memory import MemoryStore
    from psscript_graphql.cache.redis import RedisStore

    return RedisStore(redis) if redis is not None else MemoryStore()
