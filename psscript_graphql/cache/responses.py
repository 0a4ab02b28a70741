"""Whole responses of read-only queries, for the pages a frontend asks for again and again.

A query is cacheable when every root field is in `CACHEABLE_ROOT_FIELDS` — the graph's read
side. Live state is not: `analysisJob` and `node(s)` (which reach jobs) change without a
mutation — and so a query selecting `analysisJob` anywhere (`script { analysisJob }`) runs too — `databaseAdmin` and `serverInfo` are live by nature. The key is the query text, the
operation name, the exact variables, the viewer's scope (anonymous, or the signed-in user: `me`
and visibility differ per user) and the cache generation, which every mutation, stored analysis,
re-embedding and retention purge bumps. Responses with errors are never stored.

An entry is the response's JSON as it is sent: its extensions on the first line, then its data.
A hit gives the data back as an `orjson.Fragment`, copied into the response without parsing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

import orjson
from graphql import DocumentNode, FieldNode, GraphQLError, OperationType, Visitor, parse, visit
from graphql.utilities import get_operation_ast

from psscript_graphql.cache import keys
from psscript_graphql.cache.request import RequestCache, count

CACHEABLE_ROOT_FIELDS = frozenset(
    {"me", "user", "users", "script", "scripts", "searchScripts", "tag", "tags", "categories", "analytics", "__typename"}
)
# Fields whose value changes without a mutation (a worker moves jobs on), wherever they are selected.
LIVE_FIELDS = frozenset({"analysisJob"})
DOCUMENTS = 1_000


@lru_cache(maxsize=DOCUMENTS)
def _document(query: str) -> DocumentNode | None:
    try:
        return parse(query)
    except GraphQLError:
        return None  # Strawberry reports the syntax error itself


@lru_cache(maxsize=DOCUMENTS)
def is_cacheable(query: str, operation_name: str | None) -> bool:
    document = _document(query)
    if document is None:
        return False
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.operation != OperationType.QUERY:
        return False
    selections = operation.selection_set.selections
    if not all(isinstance(s, FieldNode) and s.name.value in CACHEABLE_ROOT_FIELDS for s in selections):
        return False
    return not _selects_live_field(document)


class _LiveFieldFinder(Visitor):
    found = False

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        if node.name.value in LIVE_FIELDS:
            self.found = True


def _selects_live_field(document: DocumentNode) -> bool:
    """Whether any field of the document (its fragments included) is live state."""
    finder = _LiveFieldFinder()
    visit(document, finder)
    return finder.found


async def response_key(
    cache: RequestCache, scope: str, query: str | None, operation_name: str | None, variables: dict[str, Any] | None
) -> str | None:
    """The cache key of this request's response, or None when it must run."""
    if query is None or not is_cacheable(query, operation_name):
        return None
    generation = await cache.generation()
    if generation is None:
        return None
    request = hashlib.sha256(
        orjson.dumps([query, operation_name, variables], option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    ).hexdigest()
    return keys.key(generation, "response", scope=scope, args=request)


async def cached_response(cache: RequestCache, key: str) -> tuple[orjson.Fragment, Any] | None:
    """The cached (data, extensions) of a response: data as JSON text, extensions parsed."""
    [raw] = await cache.store.get_many([key])
    found = decode_entry(raw) if raw is not None else None
    count("response", hits=int(found is not None), misses=int(found is None))
    return found


async def store_response(cache: RequestCache, key: str, ttl_s: int, data: Any, extensions: Any) -> None:
    await cache.store.set_many({key: encode_entry(data, extensions)}, ttl_s)


def encode_entry(data: Any, extensions: Any) -> bytes:
    # orjson never writes a raw newline (strings escape it): the first one ends the extensions.
    return orjson.dumps(extensions, option=orjson.OPT_NON_STR_KEYS) + b"\n" + orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


def decode_entry(raw: bytes) -> tuple[orjson.Fragment, Any] | None:
    """(data, extensions) of an entry; None for one of another format (a miss, then replaced)."""
    extensions, newline, data = raw.partition(b"\n")
    if not newline or not data:
        return None
    try:
        return orjson.Fragment(data), orjson.loads(extensions)
    except orjson.JSONDecodeError:
        return None


async def answer_with_cache(
    cache: RequestCache | None,
    scope: str,
    ttl_s: int,
    request: tuple[str | None, str | None, dict[str, Any] | None],
    run: Callable[[], Awaitable[Any]],
) -> Any:
    """`run()`'s ExecutionResult, or the cached one for the same request and scope; stores a
    result without errors. Both read paths (Strawberry's view and compiled reads) answer through it."""
    from strawberry.types import ExecutionResult

    query, operation_name, variables = request
    key = None
    if cache is not None and ttl_s > 0:
        key = await response_key(cache, scope, query, operation_name, variables)
    if key is not None:
        hit = await cached_response(cache, key)  # type: ignore[arg-type]
        if hit is not None:
            data, extensions = hit
            return ExecutionResult(data=data, errors=None, extensions=extensions)  # type: ignore[arg-type]
    result = await run()
    if key is not None and not result.errors and result.data is not None:
        await store_response(cache, key, ttl_s, result.data, result.extensions)  # type: ignore[arg-type]
    return result
