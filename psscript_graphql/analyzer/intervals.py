"""Position lookups over sorted, properly nested byte ranges, in O(log n + depth).

Syntax constructs nest like the tree they come from, so "which loop/function/comment holds
this offset" is a bisect to the last range starting before the offset and a short climb
through its precomputed parents, instead of a scan of every range for every question.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import Generic, Protocol, TypeVar


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Ranged)
_START = attrgetter("start")
_END = attrgetter("end")


class IntervalIndex(Generic[T]):
    """Ranges sorted by start (outer first on ties) with each one's nearest enclosing range."""

    def __init__(self, items: Sequence[T]) -> None:
        # By start, longer first on ties: two stable sorts with C key functions, not a tuple per item.
        self.items: list[T] = sorted(items, key=_END, reverse=True)
        self.items.sort(key=_START)
        self.starts: list[int] = [item.start for item in self.items]
        self._parents: list[int] = []
        stack: list[int] = []
        for index, item in enumerate(self.items):
            # Ranges that end before this one starts are siblings, not ancestors.
            while stack and self.items[stack[-1]].end <= item.start:
                stack.pop()
            self._parents.append(stack[-1] if stack else -1)
            stack.append(index)

    def __len__(self) -> int:
        return len(self.items)

    def innermost(self, offset: int) -> T | None:
        """The smallest range containing `offset`, or None."""
        index = bisect_right(self.starts, offset) - 1
        while index >= 0:
            item = self.items[index]
            if item.start <= offset < item.end:
                return item
            index = self._parents[index]
        return None

    def containing(self, offset: int) -> Iterator[T]:
        """Every range containing `offset`, innermost first."""
        index = bisect_right(self.starts, offset) - 1
        while index >= 0:
            item = self.items[index]
            if item.start <= offset < item.end:
                yield item
            index = self._parents[index]

    def contains(self, offset: int) -> bool:
        return self.innermost(offset) is not None

    def between(self, start: int, end: int) -> list[T]:
        """Ranges starting inside [start, end), in source order."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
