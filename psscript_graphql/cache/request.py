"""`RequestCache`: what a request uses — the store, the generation read once per request, rows
by key and computed values by (kind, scope, arguments)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any, TypeVar

from psscript_graphql.cache import keys, rows
from psscript_graphql.cache.base import CacheStore
from psscript_graphql.observability.metrics import CACHE_HITS, CACHE_MISSES

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

def count(kind: str, *, hits: int, misses: int) -> None:
    """Hits and misses per cache kind (`script`, `scripts:page`, `analytics:…`) for /metrics."""
    name = kind.split(":")[0] if kind.startswith("analytics") else kind
    if hits:
        CACHE_HITS.labels(cache=name).inc(hits)
    if misses:
        CACHE_MISSES.labels(cache=name).inc(misses)


class RequestCache:
    def __init__(self, store: CacheStore) -> None:
        self.store = store
        self.reads = True  # mutations turn reads off: their payloads must show what they wrote
        self._generation: int | None = None
        self._generation_read = False

    async def generation(self) -> int | None:
        """The generation this request reads and writes under (read once); None: do not cache."""
        if not self.reads:
            return None
        if not self._generation_read:
            self._generation, self._generation_read = await self.store.generation(), True
        return self._generation

    async def rows(
        self,
        kind: str,
        model: type,
        ttl_s: int,
        wanted: Sequence[K],
        load: Callable[[list[K]], Awaitable[dict[K, Any]]],
    ) -> dict[K, Any]:
        """Rows by key from the cache; the misses from `load`, then cached. Missing rows are not cached."""
        generation = await self.generation()
        if generation is None:
            return await load(list(wanted))
        cache_keys = [keys.key(generation, kind, args=key) for key in wanted]
        found: dict[K, Any] = {}
        misses: list[K] = []
        for key, raw in zip(wanted, await self.store.get_many(cache_keys), strict=True):
            if raw is None:
                misses.append(key)
            else:
                found[key] = rows.row_from_dict(model, rows.loads(raw))
        count(kind, hits=len(found), misses=len(misses))
        if misses:
            loaded = await load(misses)
            found.update(loaded)
            await self.store.set_many(
                {keys.key(generation, kind, args=key): rows.dumps(rows.row_to_dict(row)) for key, row in loaded.items()}, ttl_s
            )
        return found

    async def value(
        self,
        kind: str,
        *,
        scope: str,
        args: Any,
        ttl_s: int,
        compute: Callable[[], Awaitable[T]],
        encode: Callable[[T], Any],
        decode: Callable[[Any], T],
    ) -> T:
        """A computed value (a page, an analytics table) for this scope and these arguments."""
        generation = await self.generation()
        if generation is None:
            return await compute()
        cache_key = keys.key(generation, kind, scope=scope, args=args)
        [raw] = await self.store.get_many([cache_key])
        if raw is not None:
            count(kind, hits=1, misses=0)
            return decode(rows.loads(raw))
        count(kind, hits=0, misses=1)
        result = await compute()
        await self.store.set_many({cache_key: rows.dumps(encode(result))}, ttl_s)
        return result
