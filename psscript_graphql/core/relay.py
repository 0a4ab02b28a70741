"""Relay connections with keyset (cursor) pagination.

A cursor encodes the ordering it belongs to and the sort values of its row, so the next page
is `WHERE (sort, id) > (cursor values)` — an index range scan, stable under inserts, never an
OFFSET. Cursors of one ordering are rejected by another.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

import strawberry
from sqlalchemy import ColumnElement, Select, tuple_
from strawberry import relay

from psscript_graphql.core.errors import bad_input

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

NodeT = TypeVar("NodeT")


@strawberry.type(description="An item of a connection and the cursor that points at it.")
class Edge(Generic[NodeT]):
    cursor: str = strawberry.field(description="Opaque position of this item; pass it as `after` or `before`.")
    node: NodeT = strawberry.field(description="The item.")


@strawberry.type(description="One page of a list, with cursors to move on and the total size.")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]] = strawberry.field(description="The items of this page, in order.")
    page_info: relay.PageInfo = strawberry.field(description="Whether more pages exist, and their cursors.")
    count_total: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="Number of items in the whole list (all pages), visible to you.")
    async def total_count(self) -> int:
        return await self.count_total()

    @strawberry.field(description="The items of this page without their cursors.")
    def nodes(self) -> list[NodeT]:
        return [edge.node for edge in self.edges]


@dataclass(frozen=True)
class Ordering:
    """A total order: sort expressions whose last one is unique (the primary key)."""

    name: str
    columns: tuple[ColumnElement[Any], ...]
    descending: bool = False


@dataclass(frozen=True)
class PageArgs:
    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None

    @classmethod
    def parse(
        cls, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> PageArgs:
        """Validate Relay arguments: one direction at a time, sizes within 0..MAX_PAGE_SIZE."""
        if (first is not None or after is not None) and (last is not None or before is not None):
            raise bad_input("Paginate with first/after or with last/before, not both.", argument="first")
        for name, value in (("first", first), ("last", last)):
            if value is not None and not 0 <= value <= MAX_PAGE_SIZE:
                raise bad_input(f"`{name}` must be between 0 and {MAX_PAGE_SIZE}, got {value}.", argument=name)
        return cls(first=first, after=after, last=last, before=before)

    @property
    def backward(self) -> bool:
        return self.last is not None or self.before is not None

    @property
    def limit(self) -> int:
        size = self.last if self.backward else self.first
        return DEFAULT_PAGE_SIZE if size is None else size

    @property
    def cursor(self) -> str | None:
        return self.before if self.backward else self.after


def encode_sort_value(value: Any) -> list[Any]:
    if isinstance(value, datetime):
        return ["d", value.isoformat()]
    if isinstance(value, bool) or value is None:
        raise TypeError(f"unsupported sort value {value!r}")
    if isinstance(value, int):
        return ["i", value]
    if isinstance(value, float):
        return ["f", value]
    return ["s", str(value)]


_DECODERS: dict[str, Callable[[Any], Any]] = {
    "d": datetime.fromisoformat,
    "i": int,
    "f": float,
    "s": str,
}


def decode_sort_value(encoded: Sequence[Any]) -> Any:
    tag, value = encoded
    return _DECODERS[tag](value)


def encode_cursor(ordering: Ordering, values: Sequence[Any]) -> str:
    # Non-ASCII kept as UTF-8 (not as \u escapes): the compiled read path prints the same cursor in SQL.
    payload = json.dumps([ordering.name, [encode_sort_value(v) for v in values]], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(ordering: Ordering, cursor: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, encoded = json.loads(raw)
        if name != ordering.name or len(encoded) != len(ordering.columns):
            raise ValueError("cursor of another ordering")
        return [_DECODERS[tag](value) for tag, value in encoded]
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError):
        raise bad_input("Invalid cursor: it is malformed or belongs to another list or ordering.") from None


def sort_key_label(index: int) -> str:
    return f"sort_key_{index}"


def apply_keyset(stmt: Select[Any], ordering: Ordering, page: PageArgs) -> Select[Any]:
    """Add sort-value columns (`sort_key_0`, …), the cursor condition, ORDER BY and LIMIT n+1."""
    descending = ordering.descending != page.backward
    stmt = stmt.add_columns(*(column.label(sort_key_label(i)) for i, column in enumerate(ordering.columns)))
    if page.cursor is not None:
        values = decode_cursor(ordering, page.cursor)
        left, right = tuple_(*ordering.columns), tuple_(*values)
        stmt = stmt.where(left < right if descending else left > right)
    order = [column.desc() if descending else column.asc() for column in ordering.columns]
    return stmt.order_by(*order).limit(page.limit + 1)


def sort_values(row: Any, ordering: Ordering) -> list[Any]:
    return [getattr(row, sort_key_label(i)) for i in range(len(ordering.columns))]


def build_connection(
    rows: Sequence[Any],
    ordering: Ordering,
    page: PageArgs,
    to_node: Callable[[Any], NodeT],
    count_total: Callable[[], Awaitable[int]],
) -> Connection[NodeT]:
    """Rows as returned by a query built with `apply_keyset` (one extra row means "more")."""
    has_more = len(rows) > page.limit
    rows = list(rows[: page.limit])
    if page.backward:
        rows.reverse()
    edges = [Edge(cursor=encode_cursor(ordering, sort_values(row, ordering)), node=to_node(row)) for row in rows]
    info = relay.PageInfo(
        has_next_page=has_more if not page.backward else page.before is not None,
        has_previous_page=has_more if page.backward else page.after is not None,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return Connection(edges=edges, page_info=info, count_total=count_total)


def parse_node_ids(node_ids: Iterable[str]) -> list[int | None]:
    """Database ids from the id part of global IDs; a non-numeric one resolves to no node."""
    parsed: list[int | None] = []
    for raw in node_ids:
        parsed.append(int(raw) if raw.isdigit() and len(raw) < 19 else None)
    return parsed


def expect_global_id(global_id: relay.GlobalID, type_name: str, argument: str = "id") -> int:
    """The database id inside a global ID of `type_name`; a clear error for any other ID."""
    if global_id.type_name != type_name:
        raise bad_input(f"`{argument}` must be the ID of a {type_name}, got one of a {global_id.type_name}.", argument=argument)
    raw = global_id.node_id
    if not (raw.isdigit() and len(raw) < 19):
        raise bad_input(f"`{argument}` is not a valid {type_name} ID.", argument=argument)
    return int(raw)


class LoadedNode:
    """Mixin for Relay node types whose rows come from a per-request loader: `node_loader`
    names it (an attribute of `info.context.loaders`, by id, visibility applied), `from_row`
    turns a row into the type. Gives `node(id)`/`nodes(ids)` and connection pages."""

    node_loader: ClassVar[str]

    @classmethod
    def from_page_row(cls, row: Any) -> Any:
        return cls.from_row(row[0])  # type: ignore[attr-defined]

    @classmethod
    async def resolve_nodes(cls, *, info: Any, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        ids = [i if i is not None else 0 for i in parse_node_ids(node_ids)]
        rows = await getattr(info.context.loaders, cls.node_loader).load_many(ids)
        return [cls.from_row(row) if row is not None else None for row in rows]  # type: ignore[attr-defined]
