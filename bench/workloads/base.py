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


# Whether the floor's answer matches GraphQL's `data` (the default: equal JSON).
Comparison = Callable[[dict[str, Any], dict[str, Any]], bool]
# A workload wrk cannot drive (websockets): measures by itself and returns its report entry.
Driver = Callable[["DriverContext"], dict[str, Any]]


@dataclass(frozen=True)
class DriverContext:
    graphql_url: str  # http://host:port of the GraphQL server
    database: Any  # bench.database.BenchDatabase
    options: Any  # bench.run.Options


def same_json(graphql: dict[str, Any], floor: dict[str, Any]) -> bool:
    return graphql == floor


@dataclass(frozen=True)
class Workload:
    name: str
    title: str
    query: str  # a body without its own "query" is sent with this one
    variables: VariablesFactory
    floor: FloorHandler | None  # None: no hand-written floor (reported as such)
    compare: Comparison = same_json
    # Bodies carry a bearer token ("token" beside "query"/"variables"): wrk sends it as the
    # Authorization header, and the floor gets it as variables["__token"].
    signed_in: bool = False
    floor_note: str | None = None  # why there is no floor, or what it leaves out
    driver: Driver | None = None  # set: wrk, the floor and statement counts are skipped
    # Reads are also measured against a server with the response cache on (the production
    # default); writes are never served from it.
    cacheable: bool = True
    # The query with its nested connections at a given page size, for the "statements constant
    # in the page size" check of workloads without a `first` variable.
    page_size_query: Callable[[int], str] | None = None


def global_id(type_name: str, id_: int) -> str:
    """Relay global ID exactly as Strawberry encodes it."""
    return base64.b64encode(f"{type_name}:{id_}".encode()).decode()


def iso(value: datetime | None) -> str | None:
    """DateTime exactly as Strawberry serializes it."""
    return None if value is None else value.isoformat()


def user(id_: int, username: str) -> dict[str, Any]:
    return {"id": global_id("User", id_), "username": username}
