"""Generic DataLoaders the domains configure: by key, grouped by key, counts, pages per parent.

Each batch runs one SQL statement in a session of its own (sibling fields resolve
concurrently, and a session serves one statement at a time), so the number of statements a
request issues depends on the query's shape, never on the number of rows.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from aiodataloader import DataLoader
from sqlalchemy import ColumnElement, Select, and_, func, inspect, select, tuple_

from psscript_graphql.cache.request import RequestCache
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.core.relay import (
    Connection,
    Ordering,
    PageArgs,
    build_connection,
    decode_cursor,
    sort_key_label,
)
from psscript_graphql.db.session import Database

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class SharedLoader(DataLoader[K, V], Generic[K, V]):
    """A DataLoader whose loads survive their waiters' cancellation.

    The loader hands every caller of a key the same future. When graphql-core nulls a parent
    after a sibling field's error, it cancels the tasks still resolving under that parent; a task
    awaiting the shared future directly would cancel the future itself, and every other field
    waiting on that key — elsewhere in the response — would get a CancelledError (an HTTP 500).
    Each caller therefore awaits a shield of the shared future."""

    def load(self, key: K) -> asyncio.Future[V]:
        future = super().load(key)
        return future if future.done() else asyncio.shield(future)


class _SQLLoader(SharedLoader[K, V], Generic[K, V]):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db


class ViewerScoped:
    """Mixin (listed first) for loaders whose rows depend on who is asking."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        super().__init__(db)  # type: ignore[call-arg]
        self.viewer = viewer


class RowByKeyLoader(_SQLLoader[K, V]):
    """One row (or None) per key; `statement(keys)` must select the entity and filter by the keys."""

    key_of: Callable[[Any], K]

    def statement(self, keys: Sequence[K]) -> Select[Any]:
        raise TypeError(f"{type(self).__name__} must define statement()")

    async def batch_load_fn(self, keys: Sequence[K]) -> list[Any]:
        async with self.db.read() as session:
            found = {self.key_of(row): row for row in await session.scalars(self.statement(keys))}
        return [found.get(key) for key in keys]


class CachedRowByKeyLoader(RowByKeyLoader[K, V]):
    """RowByKeyLoader whose rows are also kept in the shared cache (cache/), keyed by key alone.

    Cached rows do not depend on the viewer; `visible(row)` decides per request what this
    viewer may see, so one viewer's cached row can never leak to another.
    """

    cache_kind: str
    cache_model: type
    cache_ttl_s: int
    # Not `cache`: aiodataloader reads that name as its per-request memoization switch, and a
    # None there made every load of a key a new batch.
    row_cache: RequestCache | None = None

    def visible(self, row: Any) -> bool:
        return True

    async def _from_db(self, keys: list[K]) -> dict[K, Any]:
        async with self.db.read() as session:
            return {self.key_of(row): row for row in await session.scalars(self.statement(keys))}

    async def batch_load_fn(self, keys: Sequence[K]) -> list[Any]:
        if self.row_cache is None:
            found = await self._from_db(list(keys))
        else:
            found = await self.row_cache.rows(self.cache_kind, self.cache_model, self.cache_ttl_s, keys, self._from_db)
        rows = [found.get(key) for key in keys]
        return [row if row is not None and self.visible(row) else None for row in rows]


class RowsByKeyLoader(_SQLLoader[K, list[V]]):
    """All rows per key; `statement(keys)` selects (key, entity) ordered as the caller wants."""

    def statement(self, keys: Sequence[K]) -> Select[Any]:
        raise TypeError(f"{type(self).__name__} must define statement()")

    async def batch_load_fn(self, keys: Sequence[K]) -> list[list[Any]]:
        grouped: dict[K, list[Any]] = defaultdict(list)
        async with self.db.read() as session:
            for key, row in await session.execute(self.statement(keys)):
                grouped[key].append(row)
        return [grouped.get(key, []) for key in keys]


class CountByKeyLoader(_SQLLoader[K, int]):
    """A count per key (0 when absent); `statement(keys)` selects (key, count) grouped by key."""

    def statement(self, keys: Sequence[K]) -> Select[Any]:
        raise TypeError(f"{type(self).__name__} must define statement()")

    async def batch_load_fn(self, keys: Sequence[K]) -> list[int]:
        async with self.db.read() as session:
            counts = {key: count for key, count in await session.execute(self.statement(keys))}
        return [counts.get(key, 0) for key in keys]


def count_by(column: ColumnElement[Any], keys: Sequence[Any], *conditions: ColumnElement[bool]) -> Select[Any]:
    """SELECT column, count(*) … WHERE column IN keys AND conditions GROUP BY column."""
    return select(column, func.count()).where(column.in_(keys), *conditions).group_by(column)


class PagePerParentLoader(_SQLLoader[tuple[int, PageArgs], list[Any]]):
    """The first (or last) N children of each parent: one window-function query per page shape.

    Subclasses set `model`, `ordering`, `partition` (the parent-id column) and define
    `statement(parent_ids)` selecting the model, filtered to those parents and to what the
    viewer may see. Returned rows carry the entity at [0] and the sort values as `sort_key_0…`.
    """

    model: type
    ordering: Ordering
    partition: ColumnElement[Any]

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        raise TypeError(f"{type(self).__name__} must define statement()")

    def _page_statement(self, parent_ids: Sequence[int], page: PageArgs) -> Select[Any]:
        """Rank children per parent on their keys only, then join the few winners' full rows."""
        ordering = self.ordering
        # Read through the class: an ORM attribute on an instance would act as a descriptor.
        partition = type(self).partition
        descending = ordering.descending != page.backward
        order = [column.desc() if descending else column.asc() for column in ordering.columns]
        stmt = self.statement(parent_ids)
        if page.cursor is not None:
            left, right = tuple_(*ordering.columns), tuple_(*decode_cursor(ordering, page.cursor))
            stmt = stmt.where(left < right if descending else left > right)
        primary_key = inspect(self.model).primary_key
        ranked = stmt.with_only_columns(
            *(column.label(f"pk_{i}") for i, column in enumerate(primary_key)),
            partition.label("parent_key"),
            func.row_number().over(partition_by=partition, order_by=order).label("row_rank"),
            *(column.label(sort_key_label(i)) for i, column in enumerate(ordering.columns)),
            maintain_column_froms=True,
        ).subquery("ranked")
        on = and_(*(column == ranked.c[f"pk_{i}"] for i, column in enumerate(primary_key)))
        return (
            select(self.model, ranked.c["parent_key"], *(ranked.c[sort_key_label(i)] for i in range(len(ordering.columns))))
            .join(ranked, on)
            .where(ranked.c["row_rank"] <= page.limit + 1)
            .order_by(ranked.c["parent_key"], ranked.c["row_rank"])
        )

    async def batch_load_fn(self, keys: Sequence[tuple[int, PageArgs]]) -> list[list[Any]]:
        parents_by_page: dict[PageArgs, list[int]] = defaultdict(list)
        for parent_id, page in keys:
            parents_by_page[page].append(parent_id)
        rows: dict[tuple[int, PageArgs], list[Any]] = defaultdict(list)
        async with self.db.read() as session:
            for page, parent_ids in parents_by_page.items():
                for row in await session.execute(self._page_statement(parent_ids, page)):
                    rows[(row.parent_key, page)].append(row)
        return [rows.get(key, []) for key in keys]


async def nested_connection(
    loader: PagePerParentLoader,
    count_loader: CountByKeyLoader[int],
    parent_id: int,
    page: PageArgs,
    to_node: Callable[[Any], Any],
) -> Connection[Any]:
    """A connection for one parent, batched with its siblings by the two loaders."""
    rows = await loader.load((parent_id, page))
    return build_connection(rows, loader.ordering, page, to_node, lambda: count_loader.load(parent_id))
