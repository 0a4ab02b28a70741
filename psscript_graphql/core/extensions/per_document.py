"""A cache of results per parsed document, keyed by the document's identity.

graphql-core hashes a DocumentNode by walking all of it (25 ms for 2,000 fields), and
`functools.lru_cache` would do that on every request. The parser cache hands out one
DocumentNode per query text, so identity is the right key; each entry keeps its document alive,
so an id is never reused while its entry exists.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from graphql import DocumentNode

T = TypeVar("T")


class PerDocument(Generic[T]):
    def __init__(self, compute: Callable[..., T], maxsize: int = 1_000) -> None:
        self._compute, self._maxsize = compute, maxsize
        self._entries: OrderedDict[tuple[int, Hashable], tuple[DocumentNode, T]] = OrderedDict()

    def __call__(self, document: DocumentNode, *args: Any) -> T:
        key = (id(document), args)
        entry = self._entries.get(key)
        if entry is not None and entry[0] is document:
            self._entries.move_to_end(key)
            return entry[1]
        value = self._compute(document, *args)
        self._entries[key] = (document, value)
        if len(self._entries) > self._maxsize:
            self._entries.popitem(last=False)
        return value
