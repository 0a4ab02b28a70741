"""Root fields node(id) and nodes(ids): any object by its global ID."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay
from strawberry.extensions import FieldExtension

from psscript_graphql.core.errors import bad_input
from psscript_graphql.core.relay import MAX_PAGE_SIZE

MAX_NODE_IDS = MAX_PAGE_SIZE  # like a page: 19,500 ids were one statement, 100,000 broke asyncpg's parameter limit


class AtMostOnePageOfIds(FieldExtension):
    """Refuses `nodes(ids:)` with more than MAX_NODE_IDS ids before anything is loaded."""

    def _check(self, kwargs: dict[str, Any]) -> None:
        ids = kwargs.get("ids") or ()
        if len(ids) > MAX_NODE_IDS:
            raise bad_input(f"`ids` may hold at most {MAX_NODE_IDS} IDs, got {len(ids)}.", argument="ids")

    def resolve(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        self._check(kwargs)
        return next_(source, info, **kwargs)

    async def resolve_async(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        self._check(kwargs)
        result = next_(source, info, **kwargs)
        return await result if hasattr(result, "__await__") else result


@strawberry.type
class NodeQueries:
    node: relay.Node | None = relay.node(description="Any object by its global ID; null when missing or not visible.")
    nodes: list[relay.Node | None] = relay.node(
        description=f"Objects by global IDs (at most {MAX_NODE_IDS}), in order; null where missing or not visible.",
        extensions=[AtMostOnePageOfIds()],
    )
