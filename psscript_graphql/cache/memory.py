"""The in-process store: a bounded LRU with per-entry expiry, for a single process."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence

MAX_ENTRIES = 50_000


class MemoryStore:
    name = "memory"

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._generation = 0
        self._max = max_entries

    async def generation(self) -> int | None:
        return self._generation

    async def bump(self) -> None:
        self._generation += 1
        self._entries.clear()  # nothing under an older generation can be reached again

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        now = time.monotonic()
        found: list[bytes | None] = []
        for key in keys:
            entry = self._entries.get(key)
            if entry is None or entry[0] < now:
                found.append(None)
                continue
            self._entries.move_to_end(key)
            found.append(entry[1])
        return found

    async def set_many(self, items: dict[str, bytes], ttl_s: int) -> None:
        expires = time.monotonic() + ttl_s
        for key, value in items.items():
            self._entries[key] = (expires, value)
            self._entries.move_to_end(key)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
