"""Root-level connections: one keyset query for the page, one COUNT only if totalCount is asked.

With a request cache, the page and the count are cached under the list's arguments and the
viewer's scope (see cache/keys.py); rows come back as the same (entity, sort keys) shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, func, select

from psscript_graphql.cache import rows as row_codec
from psscript_graphql.cache.base import LIST_TTL_S
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.core.relay import (
    Connection,
    Ordering,
    PageArgs,
    apply_keyset,
    build_connection,
    decode_sort_value,
    encode_sort_value,
    sort_key_label,
    sort_values,
)
from psscript_graphql.db.session import Database


class _CachedRow:
    """A cached page row: `row[0]` is the entity, `row.sort_key_<i>` its sort values."""

    def __init__(self, entity: Any, keys: list[Any]) -> None:
        self._entity = entity
        for index, value in enumerate(keys):
            setattr(self, sort_key_label(index), value)

    def __getitem__(self, index: int) -> Any:
        if index != 0:
            raise IndexError(index)
        return self._entity


async def root_connection(
    db: Database,
    query: Select[Any],
    ordering: Ordering,
    page: PageArgs,
    to_node: Callable[[Any], Any],
    *,
    cache: RequestCache | None = None,
    cache_kind: str = "",
    scope: str = "",
    args: Any = None,
) -> Connection[Any]:
    """`query` selects the entity with its filters (no order, no limit). Pass `cache` with a
    `cache_kind`, the viewer's `scope` and every argument that shapes the list to cache it."""
    model = query.column_descriptions[0]["entity"]

    async def fetch_page() -> list[Any]:
        async with db.read() as session:
            return list((await session.execute(apply_keyset(query, ordering, page))).all())

    async def count_total() -> int:
        async with db.read() as session:
            return await session.scalar(select(func.count()).select_from(query.subquery()))

    if cache is None:
        return build_connection(await fetch_page(), ordering, page, to_node, count_total)

    page_args = {"list": args, "first": page.first, "after": page.after, "last": page.last, "before": page.before}
    rows = await cache.value(
        f"{cache_kind}:page",
        scope=scope,
        args=page_args,
        ttl_s=LIST_TTL_S,
        compute=fetch_page,
        encode=lambda found: [
            [row_codec.row_to_dict(row[0]), [encode_sort_value(v) for v in sort_values(row, ordering)]] for row in found
        ],
        decode=lambda data: [
            _CachedRow(row_codec.row_from_dict(model, entity), [decode_sort_value(v) for v in keys]) for entity, keys in data
        ],
    )

    async def cached_count() -> int:
        return await cache.value(
            f"{cache_kind}:count", scope=scope, args=args, ttl_s=LIST_TTL_S, compute=count_total, encode=int, decode=int
        )

    return build_connection(rows, ordering, page, to_node, cached_count)
