"""Root fields node(id) and nodes(ids): any object by its global ID."""

from __future__ import annotations

import strawberry
from strawberry import relay


@strawberry.type
class NodeQueries:
    node: relay.Node | None = relay.node(description="Any object by its global ID; null when missing or not visible.")
    nodes: list[relay.Node | None] = relay.node(description="Objects by global IDs, in order; null where missing or not visible.")
