"""Random valid read queries over the compiled read graph, for the differential test.

Built from the schema's own types and the compiler's graph (which fields compile), with
aliases, repeated fields that GraphQL merges, inline and named fragments, `@skip`/`@include`
on variables, page sizes 0/1/20/100 forward and backward, real cursors of every ordering, every
script filter and ordering, and `node`/`nodes` with IDs of every type — including IDs of
deleted, private and missing rows. Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

from graphql import get_named_type, is_leaf_type

ROOT_PAGE_SIZES = (0, 1, 20, 100)
# Nested pages stay small, so most generated queries are under the cost limit and compile.
NESTED_PAGE_SIZES = (0, 1, 2, 5)
SCALAR_LEAVES = ("__typename",)


@dataclass
class Samples:
    """Values from the seeded database the generator draws arguments from."""

    cursors: dict[str, list[str]]  # connection field "Type.field" or "Query.scripts:<ordering>" → cursors
    node_ids: list[str]  # global IDs of every type, some of rows the viewer may not see
    tag_names: list[str]
    category_ids: list[str]
    user_ids: list[str]
    usernames: list[str]
    words: list[str]
    datetimes: list[str]


@dataclass
class Generated:
    document: str
    variables: dict[str, Any] = field(default_factory=dict)


class QueryGenerator:
    def __init__(self, schema: Any, graph: Any, samples: Samples, seed: int) -> None:
        self.schema, self.graph, self.samples = schema, graph, samples
        self.rng = random.Random(seed)
        self._variables: dict[str, Any] = {}
        self._definitions: list[str] = []
        self._fragments: list[str] = []
        self._counter = 0

    def query(self) -> Generated:
        self._variables, self._definitions, self._fragments, self._counter = {}, [], [], 0
        roots = self.rng.sample(
            ["scripts", "script", "node", "nodes", "me", "user", "users", "categories", "tag", "tags"], k=self.rng.randint(1, 2)
        )
        body = " ".join(self._root(name) for name in roots)
        header = f"query Q({', '.join(self._definitions)})" if self._definitions else "query Q"
        document = f"{header} {{ {body} }}" + "".join(self._fragments)
        return Generated(document, dict(self._variables))

    # ---- roots -------------------------------------------------------------------------
    def _root(self, name: str) -> str:
        query_type = self.schema.query_type
        depth = self.rng.choice((0, 1, 1, 2, 2, 3))
        if name == "scripts":
            args = self._scripts_args()
            return f"{self._alias()}scripts{args} {self._connection('Script', depth, 'Query.scripts')}"
        if name == "script":
            return f'{self._alias()}script(id: "{self.rng.choice(self._ids_of("Script"))}") {self._object("Script", depth)}'
        if name == "node":
            return f'{self._alias()}node(id: "{self.rng.choice(self.samples.node_ids)}") {self._node_selection(depth)}'
        if name == "nodes":
            ids = self.rng.sample(self.samples.node_ids, k=self.rng.randint(0, 5))
            listed = ", ".join(f'"{i}"' for i in ids)
            return f"{self._alias()}nodes(ids: [{listed}]) {self._node_selection(depth)}"
        if name == "me":
            return f"{self._alias()}me {self._object('User', depth)}"
        if name == "user":
            username = self.rng.choice([*self.samples.usernames, "NoSuchUser", self.rng.choice(self.samples.usernames).upper()])
            return f'{self._alias()}user(username: "{username}") {self._object("User", depth)}'
        if name == "tag":
            tag = self.rng.choice([*self.samples.tag_names, " Backup ", "no-such-tag"])
            return f'{self._alias()}tag(name: {json.dumps(tag)}) {self._object("Tag", depth)}'
        target = {"users": "User", "categories": "Category", "tags": "Tag"}[name]
        assert query_type.fields[name]
        return f"{self._alias()}{name}{self._page_args(f'Query.{name}')} {self._connection(target, depth, f'Query.{name}')}"

    def _scripts_args(self) -> str:
        parts = []
        order_key = "created_at:desc"
        if self.rng.random() < 0.5:
            field_ = self.rng.choice(["CREATED_AT", "UPDATED_AT", "TITLE", "SECURITY_SCORE", "EXECUTION_COUNT", "FAVORITE_COUNT"])
            direction = self.rng.choice(["ASC", "DESC"])
            parts.append(f"orderBy: {{field: {field_}, direction: {direction}}}")
            order_key = f"{field_.lower()}:{direction.lower()}"
        if self.rng.random() < 0.6:
            parts.append(f"filter: {self._filter()}")
        page = self._page_args(f"Query.scripts:{order_key}", bare=True)
        if page:
            parts.append(page)
        return f"({', '.join(parts)})" if parts else ""

    def _filter(self) -> str:
        s, rng = self.samples, self.rng
        options = {
            "query": lambda: json.dumps(rng.choice(s.words)),
            "tagsAny": lambda: "[" + ", ".join(f'"{t}"' for t in rng.sample(s.tag_names, k=rng.randint(1, 3))) + "]",
            "tagsAll": lambda: "[" + ", ".join(f'"{t}"' for t in rng.sample(s.tag_names, k=rng.randint(1, 2))) + "]",
            "categoryId": lambda: f'"{rng.choice(s.category_ids)}"',
            "authorId": lambda: f'"{rng.choice(s.user_ids)}"',
            "isPublic": lambda: rng.choice(["true", "false"]),
            "hasAnalysis": lambda: rng.choice(["true", "false"]),
            "securityScoreMin": lambda: str(rng.choice([0, 40, 80])),
            "securityScoreMax": lambda: str(rng.choice([50, 90, 100])),
            "createdAfter": lambda: f'"{rng.choice(s.datetimes)}"',
            "createdBefore": lambda: f'"{rng.choice(s.datetimes)}"',
            "favoritedByMe": lambda: rng.choice(["true", "false"]),
            "includeDeleted": lambda: rng.choice(["true", "false"]),
        }
        chosen = rng.sample(sorted(options), k=rng.randint(1, 3))
        if rng.random() < 0.3:  # the same filter through a variable
            name = self._variable("ScriptFilter", None)
            self._variables[name] = {key: _json_literal(options[key]()) for key in chosen}
            return f"${name}"
        return "{" + ", ".join(f"{key}: {options[key]()}" for key in chosen) + "}"

    def _page_args(self, cursor_key: str, *, bare: bool = False) -> str:
        rng = self.rng
        sizes = ROOT_PAGE_SIZES if cursor_key.startswith("Query.") else NESTED_PAGE_SIZES
        choice = rng.random()
        cursors = self.samples.cursors.get(cursor_key, [])
        if choice < 0.25:
            parts: list[str] = []
        elif choice < 0.55:
            parts = [f"first: {self._int(rng.choice(sizes))}"]
        elif choice < 0.7:
            parts = [f"last: {self._int(rng.choice(sizes))}"]
        elif choice < 0.85 and cursors:
            parts = [f"first: {rng.choice(sizes)}", f'after: "{rng.choice(cursors)}"']
        elif cursors:
            parts = [f"last: {rng.choice(sizes)}", f'before: "{rng.choice(cursors)}"']
        else:
            parts = []
        if bare:
            return ", ".join(parts)
        return f"({', '.join(parts)})" if parts else ""

    def _int(self, value: int) -> str:
        if self.rng.random() < 0.3:
            name = self._variable("Int", value)
            return f"${name}"
        return str(value)

    def _variable(self, type_name: str, value: Any) -> str:
        self._counter += 1
        name = f"v{self._counter}"
        self._definitions.append(f"${name}: {type_name}")
        if value is not None:
            self._variables[name] = value
        return name

    # ---- selections --------------------------------------------------------------------
    def _alias(self) -> str:
        self._counter += 1
        return f"a{self._counter}: " if self.rng.random() < 0.3 else ""

    def _node_selection(self, depth: int) -> str:
        parts = ["__typename"] if self.rng.random() < 0.5 else []
        if self.rng.random() < 0.5:
            parts.append("id")
        types = ["Script", "User", "Category", "Tag", "ScriptVersion", "Comment", "ScriptAnalysis", "ExecutionLog"]
        for type_name in self.rng.sample(types, k=3):
            parts.append(f"... on {type_name} {self._object(type_name, depth)}")
        return "{ " + " ".join(parts) + " }"

    def _object(self, type_name: str, depth: int) -> str:
        gql_type = self.schema.get_type(type_name)
        names = sorted(_compiled_fields(self.graph, type_name))
        picked = self.rng.sample(names, k=min(len(names), self.rng.randint(1, 5)))
        if type_name == "Script" and "executionLogs" not in picked and self.rng.random() < 0.15:
            picked.append("executionLogs")  # one field of 30, with per-viewer rules: asked for more often
        parts = []
        for name in picked:
            field_type = get_named_type(gql_type.fields[name].type)
            if is_leaf_type(field_type):
                parts.append(self._directive(f"{self._alias()}{name}"))
            elif depth <= 0:
                continue
            elif field_type.name.endswith("Connection"):
                target = field_type.name[: -len("Connection")]
                key = f"{type_name}.{name}"
                parts.append(f"{self._alias()}{name}{self._page_args(key)}{self._directive('')} {self._connection(target, depth - 1, key)}")
            else:
                parts.append(f"{self._alias()}{name}{self._directive('')} {self._object(field_type.name, depth - 1)}")
        if not parts:
            parts.append("__typename")
        if self.rng.random() < 0.2:  # the same field again: GraphQL merges the two
            parts.append(parts[0])
        body = " ".join(parts)
        roll = self.rng.random()
        if roll < 0.15:
            return f"{{ ... on {type_name} {{ {body} }} }}"
        if roll < 0.25:
            self._counter += 1
            fragment = f"F{self._counter}"
            self._fragments.append(f" fragment {fragment} on {type_name} {{ {body} }}")
            return f"{{ id: __typename ...{fragment} }}" if "id" not in gql_type.fields else f"{{ ...{fragment} }}"
        return f"{{ {body} }}"

    def _connection(self, target: str, depth: int, key: str) -> str:
        rng = self.rng
        parts = []
        if rng.random() < 0.7:
            edge = ["cursor"] if rng.random() < 0.6 else []
            edge.append(f"node {self._object(target, depth)}")
            parts.append("edges { " + " ".join(edge) + " }")
        if rng.random() < 0.4:
            parts.append(f"nodes {self._object(target, depth)}")
        if rng.random() < 0.6:
            info = rng.sample(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename"], k=rng.randint(1, 5))
            parts.append("pageInfo { " + " ".join(info) + " }")
        if rng.random() < 0.5:
            parts.append("totalCount")
        if not parts or rng.random() < 0.1:
            parts.append("__typename")
        return "{ " + " ".join(parts) + " }"

    def _directive(self, selection: str) -> str:
        if self.rng.random() < 0.1:
            which = self.rng.choice(["skip", "include"])
            name = self._variable("Boolean!", self.rng.choice([True, False]))
            return f"{selection} @{which}(if: ${name})"
        return selection

    def _ids_of(self, type_name: str) -> list[str]:
        import base64

        found = [i for i in self.samples.node_ids if base64.b64decode(i).decode().startswith(f"{type_name}:")]
        return found or self.samples.node_ids


def _compiled_fields(graph: Any, type_name: str) -> list[str]:
    """The fields of a type the compiler serves: its graph spec's, or a finished type's (finish.py)."""
    from psscript_graphql.compiler.finish import python_names
    from psscript_graphql.compiler.graph import FINISHED_TYPES

    if type_name in FINISHED_TYPES:
        return list(python_names(FINISHED_TYPES[type_name]))
    return list(graph.type(type_name).fields)


def _json_literal(text: str) -> Any:
    return json.loads(text)

