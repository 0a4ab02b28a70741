"""Compiled plans: one SQL text per root field, built once per (document, operation, role,
shape) and kept in a bounded LRU; executed as asyncpg prepared statements.

A plan is SQLAlchemy Core compiled once for the asyncpg dialect: its text and the order of its
bind parameters. Executing it is binding the request's values in that order — no statement is
built per request, and asyncpg's per-connection statement cache prepares each text once.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql.elements import Null
from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg

from psscript_graphql.compiler import json_text
from psscript_graphql.compiler.build import BuildContext, symbolic_viewer
from psscript_graphql.compiler.tree import Request

_DIALECT = PGDialect_asyncpg(paramstyle="numeric_dollar")


@dataclass(frozen=True)
class RootPlan:
    key: str
    sql: str
    params: tuple[str, ...]  # bind names in $1, $2 … order
    defaults: dict[str, Any]  # literal values SQLAlchemy bound while building (constants)
    constant: Any = None  # the answer when there is no statement (sql == ""): __typename, a null
    finishers: tuple[Any, ...] | None = None  # when its text has marked values: their finishers (finish.splice)
    # SQLAlchemy's bind processors by name (JSONB values serialised, …): the driver gets what it
    # would get through SQLAlchemy.
    processors: dict[str, Any] | None = None

    def arguments(self, binds: dict[str, Any]) -> list[Any]:
        values = [binds[name] if name in binds else self.defaults[name] for name in self.params]
        if self.processors:
            values = [
                self.processors[name](value) if name in self.processors and value is not None else value
                for name, value in zip(self.params, values, strict=True)
            ]
        return values


class PlanCache:
    """Least recently used plans, at most `size`."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._plans: OrderedDict[Any, list[RootPlan]] = OrderedDict()

    def get(self, key: Any) -> list[RootPlan] | None:
        plans = self._plans.get(key)
        if plans is not None:
            self._plans.move_to_end(key)
        return plans

    def put(self, key: Any, plans: list[RootPlan]) -> None:
        self._plans[key] = plans
        self._plans.move_to_end(key)
        while len(self._plans) > self.size:
            self._plans.popitem(last=False)

    def __len__(self) -> int:
        return len(self._plans)


def build_plans(graph: Any, request: Request, role: str) -> list[RootPlan]:
    ctx = BuildContext(viewer=symbolic_viewer(role), graph=graph)
    plans = []
    for sel in request.roots:
        if sel.name == "__typename":
            plans.append(RootPlan(sel.key, "", (), {}, constant="Query"))
            continue
        expression = graph.field("Query", sel.name).sql(None, sel, ctx)
        if isinstance(expression, Null):  # known null without asking (`me` signed out): no statement
            plans.append(RootPlan(sel.key, "", (), {}))
            continue
        # JSON text, compact as the response encoder prints it: spliced into the response as it is.
        compiled = select(json_text.value(expression)).compile(dialect=_DIALECT)
        params = tuple(compiled.positiontup or ())
        defaults = {name: value for name, value in compiled.params.items() if name not in request.binds}
        processors = dict(getattr(compiled, "_bind_processors", {}) or {})
        plans.append(
            RootPlan(
                sel.key,
                compiled.string,
                params,
                defaults,
                finishers=tuple(ctx.finishers) if json_text.START in compiled.string else None,
                processors={name: processors[name] for name in params if name in processors} or None,
            )
        )
    return plans
