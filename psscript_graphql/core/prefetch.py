"""Look-ahead for pages of nodes: load what the query selects on them before graphql-core asks.

graphql-core resolves a page's nodes field by field. A field backed by a DataLoader costs an
asyncio round per node — a coroutine, a future, a task gathering the node's fields — and on a
list page those rounds were most of the request's CPU. A connection resolver already holds its
rows, so it can load every selected loader-backed field for the whole page at once
(`prefetch`); the nodes' resolvers (`loaded_now`) then find their values loaded and answer
synchronously. The SQL is unchanged: the same loaders batch the same keys into the same
statements. A field nobody prefetched (another path to the node) still loads, batched, as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from aiodataloader import DataLoader
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from psscript_graphql.context import Context, Info

NodeT = TypeVar("NodeT")
# GraphQL field name → loads that field's values for a page of nodes (through `context.loaders`).
Prefetchers = Mapping[str, Callable[[Context, Sequence[Any]], Awaitable[Any]]]


def loaded_now(loader: DataLoader[Any, Any], key: Any, convert: Callable[[Any], Any]) -> Any:
    """`convert(await loader.load(key))`, returned directly when this request loaded the key
    already (graphql-core then completes the field without a coroutine), else an awaitable."""
    future = loader.load(key)
    if future.done():
        return convert(future.result())
    return _convert_when_loaded(future, convert)


async def _convert_when_loaded(future: Awaitable[Any], convert: Callable[[Any], Any]) -> Any:
    return convert(await future)


def node_field_names(info: Info) -> set[str]:
    """Names of the fields the current connection field selects on its nodes, through
    `edges { node }` and `nodes`, fragments included. A field under `@skip`/`@include` counts
    as selected: at worst one batch nobody reads, never a missing one."""
    names: set[str] = set()
    for connection in info.selected_fields:
        for field in _fields(connection.selections):
            if field.name == "edges":
                for edge_field in _fields(field.selections):
                    if edge_field.name == "node":
                        names.update(node_field.name for node_field in _fields(edge_field.selections))
            elif field.name == "nodes":
                names.update(node_field.name for node_field in _fields(field.selections))
    return names


def _fields(selections: Iterable[SelectedField | FragmentSpread | InlineFragment]) -> Iterable[SelectedField]:
    for selection in selections:
        if isinstance(selection, SelectedField):
            yield selection
        else:
            yield from _fields(selection.selections)


async def prefetch(info: Info, nodes: Sequence[NodeT], prefetchers: Prefetchers) -> None:
    """Run, concurrently, the prefetchers of the fields the query selects on `nodes`.

    A failed load is left in its loader (each key's future holds the error), so the field
    reports it where graphql-core resolves it, exactly as without the look-ahead."""
    if not nodes:
        return
    wanted = node_field_names(info)
    loads = [load(info.context, nodes) for name, load in prefetchers.items() if name in wanted]
    if loads:
        await asyncio.gather(*loads, return_exceptions=True)
