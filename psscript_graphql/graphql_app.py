"""Strawberry's ASGI app behind our HTTP edge: body limits, JSON rules, bearer-token
authentication, rate limits and persisted queries, each answering in GraphQL's error shape."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import orjson
from cross_web import HTTPException  # what Strawberry raises for HTTP-level failures (its own dependency)
from redis.asyncio import Redis
from starlette.exceptions import HTTPException as StarletteHTTPException
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
from psscript_graphql.accounts.attempts import CredentialGuard
from psscript_graphql.accounts.socket_sessions import SessionWatch
from psscript_graphql.accounts.tokens import bearer_token
from psscript_graphql.cache import responses
from psscript_graphql.cache.base import CacheStore, make_store
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.compiler.http import answer_compiled
from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core import envelope, http_edge
from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.core.http_edge import EdgeError
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.core.persisted_queries import PersistedQueries, PersistedQueryNotFound
from psscript_graphql.core.rate_limit import RateLimiter
from psscript_graphql.core.trusted_documents import TrustedDocuments
from psscript_graphql.db.session import Database
from psscript_graphql.graphiql.assets import graphiql_html
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.observability.request_id import request_id_of
from psscript_graphql.schema import schema
from psscript_graphql.serving.graphql_ws_handlers import LegacyWSHandler, TransportWSHandler

INVALID_TOKEN = "The bearer token is invalid, expired or revoked; sign in again."
MAX_SUBSCRIPTIONS_PER_CONNECTION = 20
GET_NOT_ALLOWED = "Queries by GET are not allowed in production; send them by POST."
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
            if request.method == "GET" and self.settings.production and request.query_params:
                # Before anything else, the response cache included: in production no GET runs a query.
                raise EdgeError(400, GET_NOT_ALLOWED, code="GET_NOT_ALLOWED", headers={"Allow": "POST"})
            if request.method == "POST":
                http_edge.check_content_type(request)
                body = await http_edge.read_body(
                    request, max_bytes=self.settings.max_body_bytes, timeout=self.settings.body_timeout
                )
                request = Request(scope, http_edge.replay(body))
                response = await answer_compiled(self.view, request, body) or await self._run_view(request)
            else:
                response = await self._run_view(request)
        except EdgeError as error:
            response = Response(error.body(), status_code=error.status, media_type="application/json", headers=error.headers)
        except PersistedQueryNotFound:
            # Apollo clients expect 200 with this error, then retry with the full query.
            response = Response(_PERSISTED_QUERY_NOT_FOUND, media_type="application/json")
        except StarletteHTTPException as error:  # a multipart body Starlette could not parse
            response = Response(
                EdgeError(error.status_code, error.detail).body(), status_code=error.status_code, media_type="application/json"
            )
        except HTTPException as error:
            code = _CODES_BY_STATUS.get(error.status_code, ErrorCode.BAD_USER_INPUT.value)
            response = Response(
                EdgeError(error.status_code, error.reason, code=code).body(),
                status_code=error.status_code,
                media_type="application/json",
            )
        _cache_headers(request, response)
        await response(scope, receive, send)

    async def _run_view(self, request: Request) -> Response:
        try:
            return await self.view.run(request)
        finally:
            await request.close()  # the uploaded files of a multipart request, if any

    async def authenticate(self, request: Request) -> Viewer:
        """The viewer of an HTTP request, by the rules of /graphql (bearer token, rate limit);
        EdgeError (401, 429) otherwise. Other endpoints (downloads) use it too."""
        return await self.view.authenticate(request)


def _cache_headers(request: Request, response: Response) -> None:
    """No shared cache may keep an answer given to a signed-in request, nor give an anonymous
    answer to one: `private, no-store` on the first, `Vary: Authorization` on every other."""
    if "authorization" in request.headers:
        response.headers["Cache-Control"] = "private, no-store"
    else:
        vary = response.headers.get("Vary")
        response.headers["Vary"] = f"{vary}, Authorization" if vary else "Authorization"


def _ws_credentials(params: dict[str, object], upgrade_headers: Any) -> str | None:
    """The `Authorization` value a websocket signs in with; ValueError for unusable credentials."""
    given = params.get("authorization", params.get("Authorization"))
    token = params.get("token")
    if given is None and token is not None:
        if not isinstance(token, str):
            raise ValueError("connection_init's token must be a string.")
        given = f"Bearer {token}"
    if given is not None and not isinstance(given, str):
        raise ValueError('connection_init\'s authorization must be a string: "Bearer <token>".')
    header = upgrade_headers.get("authorization")
    if given is not None and header is not None and given != header:
        raise ValueError("The upgrade request and connection_init carry different credentials.")
    return given if given is not None else header


class _StrawberryView(GraphQL[Context, None]):
    """Strawberry's ASGI view, wired to our Context, auth, JSON rules and persisted queries."""

    graphql_transport_ws_handler_class = TransportWSHandler
    graphql_ws_handler_class = LegacyWSHandler

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
            # Websocket upgrades from pages of other origins: the CORS list (core/cors.py).
            allowed_origins=settings.cors_origins,
            # The GraphQL multipart request spec; the edge requires a preflight header (CSRF).
            multipart_uploads_enabled=True,
        )
        self._db, self._settings, self._jobs = db, settings, jobs
        self._cache_store = cache_store
        self._limiter = RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst, redis)
        self._credential_guard = CredentialGuard(settings, redis)
        self.session_watch = SessionWatch(db, settings.ws_session_check_s, redis=jobs.redis if jobs is not None else None)
        self._persisted = PersistedQueries(redis)
        trusted_file = settings.trusted_documents_file
        self.trusted_documents = TrustedDocuments.load(trusted_file) if trusted_file is not None else None

    def decode_json(self, data: str | bytes) -> object:
        return http_edge.decode_json(data)

    def encode_json(self, data: object) -> str:
        # A str, because websockets must send text frames.
        return self.encode_json_bytes(data).decode()

    def encode_json_bytes(self, data: object) -> bytes:
        """The JSON of a response. orjson: several times faster than json.dumps on a page of
        results, same JSON; compiled answers' `orjson.Fragment`s (PostgreSQL's JSON text) are
        copied in as they are."""
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)

    async def parse_http_body(self, request: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        """Strawberry's parsing, with one envelope check (core/envelope.py) for single requests,
        batch items and GET parameters. The edge has already refused other content types."""
        transport = self._get_stream_transport_from_headers(request.headers)
        protocol = transport.protocol if transport else "http"
        if request.method == "GET":
            # An empty parameter (`variables=`) means absent, as Strawberry reads it.
            data: Any = {name: value or None for name, value in self.parse_query_params(request.query_params).items()}
        elif request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
            # The GraphQL multipart request spec (file uploads): Strawberry's parser maps the files
            # into the variables; the operations part is one request, checked by Strawberry itself.
            parsed = await super().parse_http_body(request)
            if isinstance(parsed, list):
                raise EdgeError(400, "A multipart request carries one operation.")
            return await self._resolve_persisted(parsed)
        else:
            data = self.parse_json(await request.get_body())
        if not isinstance(data, list):
            return await self._resolve_persisted(envelope.request_data(data, protocol))
        if len(data) > self._settings.max_batch_operations:
            raise EdgeError(400, f"A batch may hold at most {self._settings.max_batch_operations} operations, got {len(data)}.")
        items = [envelope.request_data(item, protocol, position) for position, item in enumerate(data)]
        self._validate_batch_request(items, protocol=protocol)
        return [await self._resolve_persisted(item) for item in items]

    async def execute_operation(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        data = kwargs["request_data"]
        if isinstance(data, list):
            # get_context took one rate-limit token for the request; every further operation takes its own.
            await self._take_tokens(request.state.rate_key, len(data) - 1)
        return await super().execute_operation(request, *args, **kwargs)

    async def _resolve_persisted(self, data: GraphQLRequestData) -> GraphQLRequestData:
        if self.trusted_documents is not None:  # registered documents only, and no registering by clients
            query = self.trusted_documents.resolve(data.query, data.extensions)
        else:
            query = await self._persisted.resolve(data.query, data.extensions)
        return data if query is data.query else dataclasses.replace(data, query=query)

    async def execute_single(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        """Strawberry's execution, behind the response cache for read-only queries (cache/responses.py)."""
        context: Context = kwargs["context"]
        data: GraphQLRequestData = kwargs["request_data"]
        return await responses.answer_with_cache(
            context.cache,
            context.list_scope,
            self._settings.response_cache_ttl_s,
            (data.query, data.operation_name, data.variables),
            lambda: super(_StrawberryView, self).execute_single(*args, **kwargs),
        )

    async def render_graphql_ide(self, request: Request) -> Response:
        # Our page loads GraphiQL from this server, not from a CDN: it works offline too.
        return HTMLResponse(graphiql_html())

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        request_id = request_id_of(request.scope)  # the id RequestIdMiddleware chose and logs with
        # Websockets sign in through connection_init (on_ws_connect).
        viewer = await self.authenticate(request) if isinstance(request, Request) else ANONYMOUS
        return Context(
            db=self._db,
            settings=self._settings,
            request=request,
            request_id=request_id,
            viewer=viewer,
            jobs=self._jobs,
            credential_guard=self._credential_guard,
            session_watch=self.session_watch,
            # Websocket contexts live as long as the connection: no cache there, results must be live.
            cache=RequestCache(self._cache_store) if isinstance(request, Request) and self._settings.cache_enabled else None,
        )

    async def authenticate(self, request: Request) -> Viewer:
        try:
            viewer = await self._viewer_for(request.headers.get("authorization"))
        except ValueError as error:
            # A wrong token costs a lookup: it counts against the client address, like anonymous requests.
            await self._check_rate(request, ANONYMOUS)
            raise EdgeError(
                401, str(error), code=ErrorCode.UNAUTHENTICATED.value, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
            ) from None
        await self._check_rate(request, viewer)
        return viewer

    async def _check_rate(self, request: Request, viewer: Viewer) -> None:
        key = f"user:{viewer.id}" if viewer.is_authenticated else f"ip:{request.client.host if request.client else '-'}"
        request.state.rate_key = key
        await self._take_tokens(key, 1)

    async def _take_tokens(self, key: str, count: int) -> None:
        if count <= 0:
            return
        decision = await self._limiter.hit(key, count)
        if not decision.allowed:
            raise EdgeError(
                429,
                f"Too many requests; retry in {decision.retry_after_s} s.",
                code="RATE_LIMITED",
                headers={"Retry-After": str(decision.retry_after_s)},
            )

    async def on_ws_connect(self, context: Context) -> None:
        """Websocket clients authenticate in `connection_init` (`{"authorization": "Bearer <token>"}`)
        or with an `Authorization` header on the upgrade request; credentials that are not a valid
        token — of any type, or two different ones — are refused (4403), never read as anonymous."""
        try:
            header = _ws_credentials(context.connection_params or {}, context.request.headers if context.request else {})
            viewer = await self._viewer_for(header) if header is not None else ANONYMOUS
        except ValueError as error:
            raise ConnectionRejectionError({"message": str(error), "extensions": {"code": ErrorCode.UNAUTHENTICATED.value}}) from None
        if viewer.is_authenticated:
            context.sign_in(viewer)
            if context.socket is not None:
                self.session_watch.watch(viewer, context.socket)
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
