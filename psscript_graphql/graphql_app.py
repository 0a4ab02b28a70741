"""Strawberry's ASGI app, wired to our per-request Context and bearer-token authentication."""

from __future__ import annotations

import uuid

import orjson
from cross_web import HTTPException  # what Strawberry raises for HTTP-level failures (its own dependency)
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL

from psscript_graphql.accounts import service as account_service
from psscript_graphql.accounts.tokens import bearer_token
from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.graphiql.assets import graphiql_html
from psscript_graphql.schema import schema

INVALID_TOKEN = "The bearer token is invalid, expired or revoked; sign in again."
_CODES_BY_STATUS = {400: ErrorCode.BAD_USER_INPUT, 401: ErrorCode.UNAUTHENTICATED, 403: ErrorCode.FORBIDDEN}


def graphql_error_response(status: int, message: str) -> Response:
    """An HTTP-level failure in the shape GraphQL clients parse: `{"errors": [{message, extensions.code}]}`."""
    code = _CODES_BY_STATUS.get(status, ErrorCode.BAD_USER_INPUT if status < 500 else ErrorCode.INTERNAL_SERVER_ERROR)
    body = {"errors": [{"message": message, "extensions": {"code": code.value}}]}
    headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'} if status == 401 else None
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)


class PSScriptGraphQL(GraphQL[Context, None]):
    def __init__(self, db: Database, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide=None if settings.production else "graphiql",
            allow_queries_via_get=not settings.production,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL),
        )
        self._db = db
        self._settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope=scope, receive=receive))
        except HTTPException as error:
            response = graphql_error_response(error.status_code, error.reason)
        await response(scope, receive, send)

    def encode_json(self, data: object) -> bytes:
        # orjson: several times faster than json.dumps on a page of results, same JSON.
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)

    async def render_graphql_ide(self, request: Request) -> Response:
        # Our page loads GraphiQL from this server, not from a CDN: it works offline too.
        return HTMLResponse(graphiql_html())

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        try:
            viewer = await self._viewer_for(request.headers.get("authorization"))
        except ValueError as error:
            raise HTTPException(401, str(error)) from None
        return Context(db=self._db, settings=self._settings, request=request, request_id=request_id[:64], viewer=viewer)

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
        async with self._db.transaction() as session:
            viewer = await account_service.authenticate(session, token)
        if viewer is None:
            raise ValueError(INVALID_TOKEN)
        return viewer
