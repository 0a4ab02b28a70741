"""Strawberry's ASGI app, wired to our per-request Context."""

from __future__ import annotations

import uuid

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL

from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.db.session import Database
from psscript_graphql.graphiql.assets import graphiql_html
from psscript_graphql.schema import schema


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

    async def render_graphql_ide(self, request: Request) -> Response:
        # Our page loads GraphiQL from this server, not from a CDN: it works offline too.
        return HTMLResponse(graphiql_html())

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        return Context(db=self._db, settings=self._settings, request=request, request_id=request_id[:64])
