"""Root fields node(id) and nodes(ids): any object by its global ID."""

from __future__ import annotations

import inspect
from typing import Any

import strawberry
from strawberry import relay
from strawberry.extensions import FieldExtension
from strawberry.relay.types import GlobalIDValueError

from psscript_graphql.core.errors import bad_input
from psscript_graphql.core.relay import MAX_PAGE_SIZE

MAX_NODE_IDS = MAX_PAGE_SIZE  # like a page: 19,500 ids were one statement, 100,000 broke asyncpg's parameter limit


def _names_a_node_type(gid: relay.GlobalID, info: Any) -> bool:
    try:
        gid.resolve_type(info)
    except GlobalIDValueError:
        return False
    return True


class NodeLookup(FieldExtension):
    """What Strawberry's node fields lack: an ID naming no Node type (`Nope:1`, `Query:1`) reads
    as null like any missing node, instead of an internal error; `nodes(ids:)` takes at most
    MAX_NODE_IDS ids, refused before anything is loaded."""

    def resolve(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        # Strawberry's node resolvers are synchronous and return an awaitable: so is this.
        if "id" in kwargs:
            return next_(source, info, **kwargs) if _names_a_node_type(kwargs["id"], info) else None
        ids: list[relay.GlobalID] = kwargs["ids"]
        if len(ids) > MAX_NODE_IDS:
            raise bad_input(f"`ids` may hold at most {MAX_NODE_IDS} IDs, got {len(ids)}.", argument="ids")
        known = [position for position, gid in enumerate(ids) if _names_a_node_type(gid, info)]
        if len(known) == len(ids):
            return next_(source, info, **kwargs)
        return _in_place(next_(source, info, ids=[ids[position] for position in known]), known, len(ids))

    async def resolve_async(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        return await _awaited(self.resolve(next_, source, info, **kwargs))


async def _in_place(found: Any, positions: list[int], size: int) -> list[Any]:
    """The nodes found for the known ids, at their positions; null for the others."""
    answer: list[Any] = [None] * size
    for position, node in zip(positions, await _awaited(found), strict=True):
        answer[position] = node
    return answer


async def _awaited(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@strawberry.type
class NodeQueries:
    node: relay.Node | None = relay.node(
        description="Any object by its global ID; null when missing or not visible.", extensions=[NodeLookup()]
    )
    nodes: list[relay.Node | None] = relay.node(
        description=f"Objects by global IDs (at most {MAX_NODE_IDS}), in order; null where missing or not visible.",
        extensions=[NodeLookup()],
    )
