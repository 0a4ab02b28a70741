"""Root-level connections: one keyset query for the page, one COUNT only if totalCount is asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, func, select

from psscript_graphql.core.relay import Connection, Ordering, PageArgs, apply_keyset, build_connection
from psscript_graphql.db.session import Database


async def root_connection(
    db: Database, query: Select[Any], ordering: Ordering, page: PageArgs, to_node: Callable[[Any], Any]
) -> Connection[Any]:
    """`query` selects the entity with its filters (no order, no limit)."""
    async with db.read() as session:
        rows = (await session.execute(apply_keyset(query, ordering, page))).all()

    async def count_total() -> int:
        async with db.read() as session:
            return await session.scalar(select(func.count()).select_from(query.subquery()))

    return build_connection(rows, ordering, page, to_node, count_total)
