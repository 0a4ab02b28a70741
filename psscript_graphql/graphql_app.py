"""Strawberry's ASGI app behind our HTTP edge: body limits, JSON rules, bearer-token
authentication, rate limits and persisted queries, each answering in GraphQL's error shape."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import orjson
from cross_web import HTTPException  # what Strawberry raises for HTTP-level failures (its own dependency)
from redis.asyncio import Redis
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL
from strawberry.types import ExecutionResult

from psscript_graphql.accounts import service as account_service
from psscript_graphql.accounts.tokens import bearer_token
from psscript_graphql.cache import responses
from psscript_graphql.cache.base import CacheStore, make_store
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core import envelope, http_edge
from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.core.http_edge import EdgeError
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.core.persisted_queries import PersistedQueries, PersistedQueryNotFound
from psscript_graphql.core.rate_limit import RateLimiter
from psscript_graphql.db.session import Database
from psscript_graphql.graphiql.assets import graphiql_html
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.observability.request_id import request_id_of
from psscript_graphql.schema import schema

INVALID_TOKEN = "The bearer token is invalid, expired or revoked; sign in again."
MAX_SUBSCRIPTIONS_PER_CONNECTION = 20
_CODES_BY_STATUS = {401: ErrorCode.UNAUTHENTICATED.value, 403: ErrorCode.FORBIDDEN.value, 404: ErrorCode.NOT_FOUND.value}
_PERSISTED_QUERY_NOT_FOUND = orjson.dumps(
    {"errors": [{"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}]}
)


class PSScriptGraphQL:
    """The /graphql endpoint: the edge checks here, the GraphQL work in `_StrawberryView`."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        redis: Redis | None = None,
        jobs: JobRuntime | None = None,
        cache_store: CacheStore | None = None,
    ) -> None:
        self.settings = settings
        self.view = _StrawberryView(db, settings, redis, jobs, cache_store or make_store(redis))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.view(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            if request.method == "POST":
                http_edge.check_content_type(request)
                body = await http_edge.read_body(
                    request, max_bytes=self.settings.max_body_bytes, timeout=self.settings.body_timeout
                )
                request = Request(scope, http_edge.replay(body))
            response = await self.view.run(request)
        except EdgeError as error:
            response = Response(error.body(), status_code=error.status, media_type="application/json", headers=error.headers)
        except PersistedQueryNotFound:
            # Apollo clients expect 200 with this error, then retry with the full query.
            response = Response(_PERSISTED_QUERY_NOT_FOUND, media_type="application/json")
        except HTTPException as error:
            code = _CODES_BY_STATUS.get(error.status_code, ErrorCode.BAD_USER_INPUT.value)
            response = Response(
                EdgeError(error.status_code, error.reason, code=code).body(),
                status_code=error.status_code,
                media_type="application/json",
            )
        await response(scope, receive, send)


class _StrawberryView(GraphQL[Context, None]):
    """Strawberry's ASGI view, wired to our Context, auth, JSON rules and persisted queries."""

    def __init__(
        self, db: Database, settings: Settings, redis: Redis | None, jobs: JobRuntime | None, cache_store: CacheStore
    ) -> None:
        super().__init__(
            schema,
            graphql_ide=None if settings.production else "graphiql",
            allow_queries_via_get=not settings.production,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL),
            connection_init_wait_timeout=timedelta(seconds=settings.ws_init_timeout),
            max_subscriptions_per_connection=MAX_SUBSCRIPTIONS_PER_CONNECTION,
        )
        self._db, self._settings, self._jobs = db, settings, jobs
        self._cache_store = cache_store
        self._limiter = RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst, redis)
        self._persisted = PersistedQueries(redis)

    def decode_json(self, data: str | bytes) -> object:
        return http_edge.decode_json(data)

    def encode_json(self, data: object) -> str:
        # orjson: several times faster than json.dumps on a page of results, same JSON. A str,
        # because websockets must send text frames.
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()

    async def parse_http_body(self, request: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        """Strawberry's parsing, with one envelope check (core/envelope.py) for single requests,
        batch items and GET parameters. The edge has already refused other content types."""
        transport = self._get_stream_transport_from_headers(request.headers)
        protocol = transport.protocol if transport else "http"
        if request.method == "GET":
            # An empty parameter (`variables=`) means absent, as Strawberry reads it.
            data: Any = {name: value or None for name, value in self.parse_query_params(request.query_params).items()}
        else:
            data = self.parse_json(await request.get_body())
        if not isinstance(data, list):
            return await self._resolve_persisted(envelope.request_data(data, protocol))
        if len(data) > self._settings.max_batch_operations:
            raise EdgeError(400, f"A batch may hold at most {self._settings.max_batch_operations} operations, got {len(data)}.")
        items = [envelope.request_data(item, protocol, position) for position, item in enumerate(data)]
        self._validate_batch_request(items, protocol=protocol)
        return [await self._resolve_persisted(item) for item in items]

    async def _resolve_persisted(self, data: GraphQLRequestData) -> GraphQLRequestData:
        query = await self._persisted.resolve(data.query, data.extensions)
        return data if query is data.query else dataclasses.replace(data, query=query)

    async def execute_single(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        """Strawberry's execution, behind the response cache for read-only queries (cache/responses.py)."""
        context: Context = kwargs["context"]
        data: GraphQLRequestData = kwargs["request_data"]
        key = None
        if context.cache is not None and self._settings.response_cache_ttl_s > 0:
            key = await responses.response_key(context.cache, context.list_scope, data.query, data.operation_name, data.variables)
        if key is not None:
            hit = await responses.cached_response(context.cache, key)  # type: ignore[arg-type]
            if hit is not None:
                return ExecutionResult(data=hit["data"], errors=None, extensions=hit["extensions"])
        result = await super().execute_single(*args, **kwargs)
        if key is not None and not result.errors and result.data is not None:
            await responses.store_response(context.cache, key, self._settings.response_cache_ttl_s, result.data, result.extensions)  # type: ignore[arg-type]
        return result

    async def render_graphql_ide(self, request: Request) -> Response:
        # Our page loads GraphiQL from this server, not from a CDN: it works offline too.
        return HTMLResponse(graphiql_html())

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        request_id = request_id_of(request.scope)  # the id RequestIdMiddleware chose and logs with
        viewer = ANONYMOUS  # websockets sign in through connection_init (on_ws_connect)
        if isinstance(request, Request):
            try:
                viewer = await self._viewer_for(request.headers.get("authorization"))
            except ValueError as error:
                raise EdgeError(
                    401, str(error), code=ErrorCode.UNAUTHENTICATED.value, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
                ) from None
            await self._check_rate(request, viewer)
        return Context(
            db=self._db,
            settings=self._settings,
            request=request,
            request_id=request_id,
            viewer=viewer,
            jobs=self._jobs,
            # Websocket contexts live as long as the connection: no cache there, results must be live.
            cache=RequestCache(self._cache_store) if isinstance(request, Request) and self._settings.cache_enabled else None,
        )

    async def _check_rate(self, request: Request, viewer: Viewer) -> None:
        key = f"user:{viewer.id}" if viewer.is_authenticated else f"ip:{request.client.host if request.client else '-'}"
        decision = await self._limiter.hit(key)
        if not decision.allowed:
            raise EdgeError(
                429,
                f"Too many requests; retry in {decision.retry_after_s} s.",
                code="RATE_LIMITED",
                headers={"Retry-After": str(decision.retry_after_s)},
            )

    async def on_ws_connect(self, context: Context) -> None:
        """Websocket clients authenticate in `connection_init`: `{"authorization": "Bearer <token>"}`."""
        params = context.connection_params or {}
        header = params.get("authorization", params.get("Authorization"))
        if header is None and isinstance(params.get("token"), str):
            header = f"Bearer {params['token']}"
        if header is None:
            return None
        try:
            viewer = await self._viewer_for(header if isinstance(header, str) else "")
        except ValueError as error:
            raise ConnectionRejectionError({"message": str(error)}) from None
        context.sign_in(viewer)
        return None

    async def _viewer_for(self, authorization: str | None) -> Viewer:
        """ANONYMOUS without credentials; ValueError for credentials that are not valid now."""
        token = bearer_token(authorization)
        if token is None:
            return ANONYMOUS
        async with self._db.statements() as connection:
            viewer = await account_service.authenticate(connection, token)
        if viewer is None:
            raise ValueError(INVALID_TOKEN)
        return viewer
