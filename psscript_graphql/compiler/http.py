"""The short path at the HTTP edge for compiled reads.

A POSTed query whose document already went once through Strawberry's whole pipeline — parsing,
validation, depth/alias/token/directive limits — and was answered by compiled SQL is answered
here without Strawberry's view: the same authentication, rate limit, persisted queries, cost
limit, response cache and metrics run (the same functions), then its compiled plan. Anything
else, or anything this path cannot answer as the view would (a bad token, a cost over the limit,
arguments the resolvers refuse), returns None and the view answers it.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from graphql import OperationDefinitionNode
from starlette.requests import Request
from starlette.responses import Response
from strawberry.http import GraphQLRequestData, process_result
from strawberry.types import ExecutionResult

from psscript_graphql.cache import responses
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.core import http_edge
from psscript_graphql.core.http_edge import EdgeError
from psscript_graphql.core.extensions.metrics import record_operation
from psscript_graphql.core.extensions.text_arguments import nul_error
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.core.persisted_queries import PersistedQueryNotFound
from psscript_graphql.observability.metrics import COMPILED_READS

logger = logging.getLogger(__name__)

def operation_name_of(document: Any) -> str | None:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return operations[0].name.value if len(operations) == 1 and operations[0].name else None


async def answer_compiled(view: Any, request: Request, body: bytes) -> Response | None:
    """The response to a known compiled read, or None for the view to answer."""
    settings = view._settings
    if not settings.compiled_reads:
        return None
    try:
        payload = http_edge.decode_json(body)
    except EdgeError:
        return None
    if not isinstance(payload, dict):
        return None
    query, operation_name = payload.get("query"), payload.get("operationName")
    variables, extensions = payload.get("variables"), payload.get("extensions")
    if not (operation_name is None or isinstance(operation_name, str)) or not (variables is None or isinstance(variables, dict)):
        return None
    if extensions is not None and not isinstance(extensions, dict):
        return None
    try:  # persisted queries and trusted documents, as the view resolves them
        resolved = await view._resolve_persisted(
            GraphQLRequestData(query=query, variables=variables, operation_name=operation_name, extensions=extensions)
        )
    except (PersistedQueryNotFound, EdgeError):
        return None
    query = resolved.query
    if not isinstance(query, str):
        return None
    reads = compiled_reads(view.schema, settings.compiled_plan_cache_size)
    document = reads.document(query, operation_name)
    if document is None:
        return None
    # Verified under the name Strawberry gives it (the only operation's, when the request gives
    # none); the response cache keys on the name as given, as the view's does.
    given_name, operation_name = operation_name, operation_name or operation_name_of(document)
    if not reads.is_verified(query, operation_name):
        return None
    started = time.perf_counter()
    try:
        viewer: Viewer = await view._viewer_for(request.headers.get("authorization"))
    except ValueError:
        return None  # the view answers 401 with its own body and headers
    cost = reads.cost(document, query, operation_name, variables)
    # The document's own strings were checked when it was verified; only variables are new.
    if cost > settings.max_query_cost or (variables and nul_error(document, variables) is not None):
        return None  # the view refuses it with its own error
    prepared = reads.prepare(query, operation_name, variables, viewer)
    if prepared is None:
        return None  # arguments the resolvers refuse: the view answers with their errors
    await view._check_rate(request, viewer)  # EdgeError 429: answered by the caller like the view's
    cache = RequestCache(view._cache_store) if settings.cache_enabled else None
    scope = f"{viewer.role}:{viewer.id}" if viewer.is_authenticated else "anonymous"  # Context.list_scope

    async def run() -> ExecutionResult:
        data = await reads.run(view._db, prepared)  # an unexpected failure: `answer_compiled` hands over
        COMPILED_READS.labels(path="edge").inc()
        return ExecutionResult(data=data, errors=None, extensions={"cost": {"requested": cost, "maximum": settings.max_query_cost}})

    try:
        result = await responses.answer_with_cache(cache, scope, settings.response_cache_ttl_s, (query, given_name, variables), run)
    except Exception:  # noqa: BLE001 — the view answers instead, and masks what it meets
        logger.exception("compiled read failed at the edge; the view answers it")
        return None
    record_operation(operation_name, "query", time.perf_counter() - started)
    # PostgreSQL's JSON text (or the cached response's) is copied into the body, never parsed.
    return Response(view.encode_json_bytes(process_result(result)), media_type="application/json")
