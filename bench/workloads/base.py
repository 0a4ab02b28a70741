"""What a workload is: a GraphQL request, its floor, and the variable sets both are driven with.

A workload plugs into the bench by being listed in `bench.workloads.registry.WORKLOADS`. The
bench sends `{"query": QUERY, "variables": v}` for every `v` of `variables()` to
`/graphql` and the same body to the floor's `/floor/<name>`; before measuring it checks that
both answer every body with equal JSON.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg

# The floor answers `{"data": …}` for one request's variables, using one pooled connection.
FloorHandler = Callable[[asyncpg.Connection, dict[str, Any]], Awaitable[dict[str, Any]]]
# Deterministic variable sets, chosen from the seeded data.
VariablesFactory = Callable[[asyncpg.Connection], Awaitable[list[dict[str, Any]]]]


@dataclass(frozen=True)
class Workload:
    name: str
    title: str
    query: str
    variables: VariablesFactory
    floor: FloorHandler | None  # None: no hand-written floor (reported as such)


def global_id(type_name: str, id_: int) -> str:
    """Relay global ID exactly as Strawberry encodes it."""
    return base64.b64encode(f"{type_name}:{id_}".encode()).decode()


def iso(value: datetime | None) -> str | None:
    """DateTime exactly as Strawberry serializes it."""
    return None if value is None else value.isoformat()


def user(id_: int, username: str) -> dict[str, Any]:
    return {"id": global_id("User", id_), "username": username}
