"""Root fields of Query that compile: script, scripts, node, nodes, me, user, users, categories.

Each binds its arguments exactly as its resolver validates them (the same functions), so a
request the resolvers would refuse never reaches SQL here: binding raises, and the request is
answered by the resolvers with their own error.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Text, func, null, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from strawberry import relay

from psscript_graphql.accounts.queries import BY_USERNAME
from psscript_graphql.categories.queries import BY_NAME as CATEGORIES_BY_NAME
from psscript_graphql.compiler import json_text
from psscript_graphql.compiler.build import BuildContext, PageShape, connection_json, count_of, object_json
from psscript_graphql.compiler.fields import FieldSpec, bind_page, sel_shape
from psscript_graphql.accounts import loaders as account_loaders
from psscript_graphql.analyses import loaders as analysis_loaders
from psscript_graphql.categories import loaders as category_loaders
from psscript_graphql.comments import loaders as comment_loaders
from psscript_graphql.compiler.graph import loader_for, visible_script_by
from psscript_graphql.scripts import loaders as script_loaders
from psscript_graphql.tags import loaders as tag_loaders
from psscript_graphql.tags import queries as tag_queries
from psscript_graphql.compiler.tree import NotCompilable, Selected
from psscript_graphql.core.relay import MAX_PAGE_SIZE, Ordering, expect_global_id, parse_node_ids
from psscript_graphql.db import models
from psscript_graphql.scripts.filters import criteria_conditions, script_criteria, script_ordering
from psscript_graphql.scripts.visibility import visible_scripts

def _by_loader(cls: type) -> Any:
    """node(id) of a type as its `node_loader` finds it: the loader's own statement for one key."""
    return lambda key, ctx: loader_for(cls, ctx).statement([key])


# node(id)/nodes(ids): the statement that finds one row of each type the way its loader does.
# Scripts are filtered in Python after the row cache (`ScriptByIdLoader.visible` = `can_see`),
# which is `visible_scripts(…, include_deleted=True)` in SQL.
NODE_ROWS = {
    "Script": lambda key, ctx: select(models.Script).where(models.Script.id == key, visible_scripts(ctx.viewer, include_deleted=True)),
    "User": _by_loader(account_loaders.UserByIdLoader),
    "Category": _by_loader(category_loaders.CategoryByIdLoader),
    "Tag": _by_loader(tag_loaders.TagByIdLoader),
    "ScriptVersion": _by_loader(script_loaders.VersionByIdLoader),
    "Comment": _by_loader(comment_loaders.CommentByIdLoader),
    "ScriptAnalysis": _by_loader(analysis_loaders.AnalysisByIdLoader),
    "ExecutionLog": _by_loader(script_loaders.ExecutionLogByIdLoader),
}


def _single(type_name: str, rows: Any, sel: Selected, ctx: BuildContext, children: list[Selected]) -> ColumnElement[Any]:
    sub = rows.subquery(ctx.name("r"))
    row = aliased(ctx.graph.type(type_name).model, sub, adapt_on_names=True)
    return select(object_json(type_name, row, children, ctx)).select_from(sub).scalar_subquery()


class ScriptRoot(FieldSpec):
    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        return None, {"id": expect_global_id(sel.args["id"], "Script")}

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        rows = visible_script_by("script_id")(_Key(ctx.bind(sel, "id", Integer)), ctx)
        return _single("Script", rows, sel, ctx, sel.children)


class _Key:
    """A stand-in parent row whose only column is a bind parameter."""

    def __init__(self, value: Any) -> None:
        self.script_id = value


class ScriptsRoot(FieldSpec):
    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        criteria = script_criteria(sel.args.get("filter"), request.viewer)
        ordering = script_ordering(sel.args.get("order_by"))
        sel.args["_criteria"], sel.args["_ordering"] = criteria, ordering
        page_shape, values = bind_page(sel, ordering)
        given = criteria.given()
        values.update({f"f_{name}": value for name, value in given.items()})
        return (page_shape, ordering.name, tuple(given), criteria.include_deleted), values

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        criteria, ordering = sel.args["_criteria"], sel.args["_ordering"]
        conditions = criteria_conditions(criteria, ctx.viewer, lambda name, value, type_: ctx.bind(sel, f"f_{name}", type_))
        rows = select(models.Script).where(*conditions)
        return connection_json("Script", rows, ordering, PageShape(*sel_shape(sel)), None, sel, ctx, lambda: count_of(rows))


class PlainListRoot(FieldSpec):
    """users / categories / tags: every row the viewer may see, in one ordering."""

    def __init__(self, type_name: str, rows: Any, ordering: Ordering) -> None:
        self.type_name, self.rows, self.ordering = type_name, rows, ordering

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        return bind_page(sel, self.ordering)

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        rows = self.rows(ctx.viewer)
        return connection_json(self.type_name, rows, self.ordering, PageShape(*sel_shape(sel)), None, sel, ctx, lambda: count_of(rows))


class TagRoot(FieldSpec):
    """tag(name): trimmed and lower-cased as the resolver does, visibility by tags/visibility.py."""

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        return None, {"name": sel.args["name"].strip().lower()}

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        return _single("Tag", tag_queries.tag_named(ctx.viewer, ctx.bind(sel, "name", Text)), sel, ctx, sel.children)


class MeRoot(FieldSpec):
    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        if ctx.viewer.id is None:
            return null()
        return _single("User", select(models.User).where(models.User.id == ctx.viewer.id), sel, ctx, sel.children)


class UserRoot(FieldSpec):
    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        username = sel.args["username"]
        found = 0 < len(username) <= 64
        sel.args["_found"] = found
        return found, {"username": username.lower()} if found else {}

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        if not sel.args["_found"]:
            return null()
        rows = select(models.User).where(func.lower(models.User.username) == ctx.bind(sel, "username", Text))
        return _single("User", rows, sel, ctx, sel.children)


class NodeRoot(FieldSpec):
    """node(id): the type comes from the ID, so it is part of the plan's shape."""

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        type_name, key = _decode_node(sel.args["id"])
        sel.runtime_types = [type_name] if key is not None else []
        return type_name if key is not None else None, {"id": key} if key is not None else {}

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        if not sel.runtime_types:
            return null()
        type_name = sel.runtime_types[0]
        rows = NODE_ROWS[type_name](ctx.bind(sel, "id", Integer), ctx)
        return _single(type_name, rows, sel, ctx, sel.children_by_type[type_name])


class NodesRoot(FieldSpec):
    """nodes(ids): one object per position, each found as node(id) finds it."""

    def bind(self, sel: Selected, request: Any) -> tuple[Any, dict[str, Any]]:
        ids = sel.args["ids"]
        if len(ids) > MAX_PAGE_SIZE:
            raise NotCompilable("too many ids")
        decoded = [_decode_node(global_id) for global_id in ids]
        sel.runtime_types = [type_name for type_name, key in decoded if key is not None]
        shape = tuple(type_name if key is not None else None for type_name, key in decoded)
        sel.args["_types"] = shape
        return shape, {f"id{i}": key for i, (_, key) in enumerate(decoded) if key is not None}

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        items = []
        for index, type_name in enumerate(sel.args["_types"]):
            if type_name is None:
                items.append(null())
                continue
            rows = NODE_ROWS[type_name](ctx.bind(sel, f"id{index}", Integer), ctx)
            items.append(_single(type_name, rows, sel, ctx, sel.children_by_type[type_name]))
        return json_text.array(items)


def _decode_node(global_id: relay.GlobalID) -> tuple[str, int | None]:
    """The type and database id of a node ID, as the resolvers read it (non-numeric: no node)."""
    if global_id.type_name not in NODE_ROWS:
        raise NotCompilable(f"node of type {global_id.type_name}")
    return global_id.type_name, parse_node_ids([global_id.node_id])[0]


ROOTS: dict[str, FieldSpec] = {
    "script": ScriptRoot(),
    "scripts": ScriptsRoot(),
    "node": NodeRoot(),
    "nodes": NodesRoot(),
    "me": MeRoot(),
    "user": UserRoot(),
    "users": PlainListRoot("User", lambda viewer: select(models.User), BY_USERNAME),
    "categories": PlainListRoot("Category", lambda viewer: select(models.Category), CATEGORIES_BY_NAME),
    "tag": TagRoot(),
    "tags": PlainListRoot("Tag", tag_queries.visible_tag_rows, tag_queries.BY_NAME),
}
