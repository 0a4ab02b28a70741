"""SQLAlchemy Core that builds a field's JSON text inside PostgreSQL.

Objects are `concat` of their keys and values' JSON text (json_text.py: compact, printed as the
response encoder prints them, so the text goes into the response as it is); lists are ordered
`string_agg`; connections are one aggregate over a keyset page of `LIMIT n+1` rows (the extra
row says whether there is more), with cursors and counts in the same statement. Every row
source is a named subquery explicitly correlated to its parent's, so a table used at two depths
(scripts under scripts) never correlates to the wrong level. Every value is a bind parameter
named after its selection site.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from sqlalchemy import ARRAY, Integer, Select, Text, bindparam, func, select, true, tuple_, type_coerce
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.compiler import formats, json_text
from psscript_graphql.compiler.tree import NotCompilable, Selected
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.core.relay import Ordering, sort_key_label

MAX_KEYS_PER_OBJECT = 200  # a bound on the SQL text of one object, far above any real selection


@dataclass
class BuildContext:
    """What a plan is built for: the viewer's role (their id is a bind parameter) and the graph."""

    viewer: Viewer
    graph: Any
    _names: Any = None
    finishers: list[Any] = field(default_factory=list)  # Python finishers by site (finish.py)

    def __post_init__(self) -> None:
        self._names = count(1)

    def name(self, prefix: str) -> str:
        return f"{prefix}{next(self._names)}"

    def bind(self, sel: Selected, local: str, type_: Any = None) -> Any:
        return bindparam(sel.bind_name(local), type_=type_)


def symbolic_viewer(role: str) -> Viewer:
    """A viewer of `role` whose id is the bind parameter `viewer_id`: one plan serves every
    viewer of a role, and the visibility rule is the resolvers' own function."""
    if role == "anonymous":
        return Viewer()
    return Viewer(id=bindparam("viewer_id", type_=Integer), role=role)  # type: ignore[arg-type]


def json_object(pairs: Sequence[tuple[str, Any]]) -> ColumnElement[str]:
    """The JSON text of an object: (response key, SQL value or json_text.Constant) pairs in order."""
    if len(pairs) > MAX_KEYS_PER_OBJECT:
        raise NotCompilable("too many keys in one object")
    return json_text.obj(pairs)


def object_json(type_name: str, row: Any, selections: list[Selected], ctx: BuildContext) -> ColumnElement[str]:
    """The JSON object of one row of `type_name` for `selections`."""
    spec = ctx.graph.type(type_name)
    pairs: list[tuple[str, Any]] = []
    for sel in selections:
        if sel.name == "__typename":
            pairs.append((sel.key, json_text.constant(type_name)))
        else:
            pairs.append((sel.key, spec.fields[sel.name].sql(row, sel, ctx)))
    return json_object(pairs)


def one_object(type_name: str, rows: Select[Any], parent: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
    """A nullable object from a statement selecting at most one row of the type's model."""
    sub = _correlated(rows, parent).subquery(ctx.name("o"))
    row = aliased(ctx.graph.type(type_name).model, sub, adapt_on_names=True)
    return select(object_json(type_name, row, sel.children, ctx)).select_from(sub).scalar_subquery()


def object_list(
    type_name: str, rows: Select[Any], parent: Any, sel: Selected, ctx: BuildContext, order: Callable[[Any], list[Any]]
) -> ColumnElement[Any]:
    """A list of objects (never null): `order(row)` gives the ORDER BY on the aliased rows."""
    sub = _correlated(rows, parent).subquery(ctx.name("l"))
    row = aliased(ctx.graph.type(type_name).model, sub, adapt_on_names=True)
    listed = json_text.aggregated(object_json(type_name, row, sel.children, ctx), order(row))
    # An aggregate without GROUP BY gives one row, `[]` when there are none.
    return select(listed).select_from(sub).scalar_subquery()


def _correlated(rows: Select[Any], parent: Any) -> Select[Any]:
    if parent is None:
        return rows
    return rows.correlate(parent)


@dataclass(frozen=True)
class PageShape:
    """What of the page arguments changes the SQL: direction and whether a cursor is given."""

    backward: bool
    has_cursor: bool


def connection_json(
    type_name: str,
    rows: Select[Any],
    ordering: Ordering,
    shape: PageShape,
    parent: Any,
    sel: Selected,
    ctx: BuildContext,
    total: Callable[[], ColumnElement[Any]],
) -> ColumnElement[Any]:
    """A Relay connection over `rows` (the unordered, unpaged statement of visible rows).

    Bind parameters of the site: `limit` (the page size) and `c0…` (the decoded cursor).
    """
    limit = ctx.bind(sel, "limit", Integer)
    descending = ordering.descending != shape.backward
    query_order = [column.desc() if descending else column.asc() for column in ordering.columns]
    stmt = rows.add_columns(
        *(column.label(sort_key_label(i)) for i, column in enumerate(ordering.columns)),
        func.row_number().over(order_by=query_order).label("row_rank"),
    )
    if shape.has_cursor:
        values = [ctx.bind(sel, f"c{i}", column.type) for i, column in enumerate(ordering.columns)]
        left, right = tuple_(*ordering.columns), tuple_(*values)
        stmt = stmt.where(left < right if descending else left > right)
    stmt = _correlated(stmt.order_by(*query_order).limit(limit + 1), parent)
    sub = stmt.subquery(ctx.name("c"))
    row = aliased(ctx.graph.type(type_name).model, sub, adapt_on_names=True)
    sort_keys = [sub.c[sort_key_label(i)] for i in range(len(ordering.columns))]
    natural = [key.desc() if ordering.descending else key.asc() for key in sort_keys]
    reverse = [key.asc() if ordering.descending else key.desc() for key in sort_keys]
    on_page = sub.c.row_rank <= limit
    cursor = formats.cursor(ordering, sort_keys)
    has_more = func.count() > limit

    def listed(value: ColumnElement[Any]) -> ColumnElement[str]:
        return json_text.aggregated(value, natural, where=on_page)

    def first_cursor(order: list[Any]) -> ColumnElement[str]:
        cursors = func.array_agg(aggregate_order_by(cursor, *order), type_=ARRAY(Text)).filter(on_page)
        return type_coerce(cursors[1], json_text.SAFE_TEXT)

    pairs: list[tuple[str, Any]] = []
    for child in sel.children:
        if child.name == "__typename":
            pairs.append((child.key, json_text.constant(f"{type_name}Connection")))
        elif child.name == "edges":
            edge: list[tuple[str, Any]] = []
            for part in child.children:
                if part.name == "__typename":
                    edge.append((part.key, json_text.constant(f"{type_name}Edge")))
                elif part.name == "cursor":
                    edge.append((part.key, cursor))
                else:
                    edge.append((part.key, object_json(type_name, row, part.children, ctx)))
            pairs.append((child.key, listed(json_object(edge))))
        elif child.name == "nodes":
            pairs.append((child.key, listed(object_json(type_name, row, child.children, ctx))))
        elif child.name == "pageInfo":
            info: list[tuple[str, Any]] = []
            for part in child.children:
                if part.name == "__typename":
                    info.append((part.key, json_text.constant("PageInfo")))
                elif part.name == "hasNextPage":
                    info.append((part.key, json_text.constant(shape.has_cursor) if shape.backward else has_more))
                elif part.name == "hasPreviousPage":
                    info.append((part.key, has_more if shape.backward else json_text.constant(shape.has_cursor)))
                elif part.name == "startCursor":
                    info.append((part.key, first_cursor(natural)))
                elif part.name == "endCursor":
                    info.append((part.key, first_cursor(reverse)))
            pairs.append((child.key, json_object(info)))
        elif child.name == "totalCount":
            pairs.append((child.key, total()))
    # HAVING makes it one group, so one row even when only constants (__typename) are selected.
    return select(json_object(pairs)).select_from(sub).having(true()).scalar_subquery()


def count_of(rows: Select[Any]) -> ColumnElement[Any]:
    """The number of rows `rows` selects."""
    return select(func.count()).select_from(rows.subquery()).scalar_subquery()

