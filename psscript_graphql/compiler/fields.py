"""The kinds of field the compiler knows: each validates its arguments (`bind`) and builds its
SQL (`sql`). `graph.py` declares every compiled type's fields with these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Select, case, inspect, null
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.compiler import formats
from psscript_graphql.compiler.build import BuildContext, PageShape, connection_json, object_list, one_object
from psscript_graphql.compiler.tree import Selected
from psscript_graphql.core.relay import Ordering, PageArgs, decode_cursor

Rows = Callable[[Any, BuildContext], Select[Any]]


class FieldSpec:
    """A compiled field. `bind` runs per request (Python validation, bind values, shape);
    `sql` runs once per plan."""

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        return None, {}

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        raise TypeError(f"{type(self).__name__} must define sql()")


@dataclass(frozen=True)
class Column(FieldSpec):
    """A column of the row, printed as the resolvers print its scalar."""

    attr: str
    format: str = "plain"  # plain | datetime | id
    enum: type[Enum] | None = None
    type_name: str = ""

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        value = getattr(row, self.attr)
        if self.format == "datetime":
            return formats.iso_datetime(value)
        if self.format == "id":
            return formats.global_id(self.type_name, value)
        if self.enum is not None:
            return formats.enum_name(value, self.enum)
        return value


@dataclass(frozen=True)
class Computed(FieldSpec):
    """Any SQL expression of the row and the viewer's role."""

    build: Callable[[Any, BuildContext], ColumnElement[Any]]

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        return self.build(row, ctx)


@dataclass(frozen=True)
class One(FieldSpec):
    """An object (or null) from a statement selecting at most one row of `target`'s model."""

    target: str
    rows: Rows

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        return one_object(self.target, self.rows(row, ctx), _from(row), sel, ctx)


@dataclass(frozen=True)
class Many(FieldSpec):
    """A list of objects, ordered by `order(aliased rows)`."""

    target: str
    rows: Rows
    order: Callable[[Any], list[Any]]

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        return object_list(self.target, self.rows(row, ctx), _from(row), sel, ctx, self.order)


@dataclass(frozen=True)
class Page(FieldSpec):
    """A Relay connection of `target` rows in `ordering`, `total` counting all of them."""

    target: str
    rows: Rows
    ordering: Ordering
    total: Callable[[Any, BuildContext], ColumnElement[Any]]

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        return bind_page(sel, self.ordering)

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        shape = PageShape(*sel_shape(sel))
        return connection_json(
            self.target, self.rows(row, ctx), self.ordering, shape, _from(row), sel, ctx, lambda: self.total(row, ctx)
        )


@dataclass(frozen=True)
class Gated(FieldSpec):
    """`shown` where `rule(viewer, row.<attr>)` holds, null elsewhere.

    `rule` is the resolvers' own function (scripts/run_visibility.py): for the plan's symbolic
    viewer it answers True or False when the viewer's role decides alone (admins, signed-out
    viewers) — then no condition goes into the SQL — and an SQL condition otherwise."""

    rule: Callable[[Any, Any], Any]
    attr: str
    shown: FieldSpec

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        return self.shown.bind(sel, request)

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        condition = self.rule(ctx.viewer, getattr(row, self.attr))
        if condition is True:
            return self.shown.sql(row, sel, ctx)
        if condition is False:
            return null()
        return case((condition, self.shown.sql(row, sel, ctx)), else_=null())


def bind_page(sel: Selected, ordering: Ordering) -> tuple[Any, dict[str, Any]]:
    """Relay arguments validated as the resolvers validate them; the cursor decoded."""
    args = sel.args
    page = PageArgs.parse(args.get("first"), args.get("after"), args.get("last"), args.get("before"))
    values: dict[str, Any] = {"limit": page.limit}
    if page.cursor is not None:
        for index, value in enumerate(decode_cursor(ordering, page.cursor)):
            values[f"c{index}"] = value
    sel.args["_page_shape"] = (page.backward, page.cursor is not None)
    return sel.args["_page_shape"], values


def sel_shape(sel: Selected) -> tuple[bool, bool]:
    return sel.args["_page_shape"]


def _from(row: Any) -> Any:
    """The FROM element behind an aliased entity (what nested statements correlate to)."""
    return None if row is None else inspect(row).selectable

