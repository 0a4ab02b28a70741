"""Strawberry's two websocket protocol handlers, with what our clients are promised:

- a refused sign-in closes with 4403 on both protocols (the legacy handler closed with 1011);
- a document that does not parse is answered with the protocol's `error` message (the
  transport handler closed the socket with 4400; see also `SyntaxTolerantParserCache`);
- the subscription limit's error carries `extensions.code` SUBSCRIPTION_LIMIT_REACHED;
- a signed-in socket ends with its session (`accounts/socket_sessions.py`): `end_session`;
- a client that disconnects while results stream is an ordinary end, not an unhandled error;
- with trusted documents on, an operation whose text is not registered is an `error` message
  (UNTRUSTED_DOCUMENT), like over HTTP.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import starlette.websockets
from graphql import GraphQLError
from strawberry.http import exceptions as strawberry_exceptions
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler, Operation
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.subscriptions.protocols.graphql_ws.types import ConnectionInitMessage, StartMessage
from strawberry.types.execution import PreExecutionError

from psscript_graphql.accounts.socket_sessions import SESSION_ENDED_CODE
from psscript_graphql.core.trusted_documents import UNTRUSTED_CODE

SUBSCRIPTION_LIMIT_CODE = "SUBSCRIPTION_LIMIT_REACHED"
# Sending on a socket the client (or we) closed: Starlette's error, or Strawberry's own.
DISCONNECTED = (starlette.websockets.WebSocketDisconnected, strawberry_exceptions.WebSocketDisconnected)
REFUSED_CODE = 4403


def _limit_error(maximum: int | None) -> GraphQLError:
    return GraphQLError(
        f"Subscription limit reached: at most {maximum} operations at once on one connection.",
        extensions={"code": SUBSCRIPTION_LIMIT_CODE},
    )


def _untrusted_error(view: Any, payload: Any) -> GraphQLError | None:
    trusted = view.trusted_documents
    if trusted is None or trusted.allows(payload.get("query") if isinstance(payload, dict) else None):
        return None
    return GraphQLError(
        "Only the operations this API's clients registered may run; send a registered document.",
        extensions={"code": UNTRUSTED_CODE},
    )


class _SessionBound:
    """Lets `on_ws_connect` register the socket with the session watch, and forgets it at the end."""

    context: Any
    view: Any

    async def handle(self) -> None:
        self.context.socket = self
        try:
            await super().handle()  # type: ignore[misc]
        finally:
            self.view.session_watch.forget(self)


class TransportWSHandler(_SessionBound, BaseGraphQLTransportWSHandler[Any, None]):
    async def handle_subscribe(self, message: Any) -> None:
        limit = self.max_subscriptions_per_connection
        if self.connection_acknowledged and message.get("id") not in self.operations and limit is not None:
            if len(self.operations) >= limit:
                await self.send_message({"id": message["id"], "type": "error", "payload": [_limit_error(limit).formatted]})
                return
        if self.connection_acknowledged and (error := _untrusted_error(self.view, message.get("payload"))) is not None:
            await self.send_message({"id": message["id"], "type": "error", "payload": [error.formatted]})
            return
        await super().handle_subscribe(message)

    async def handle_task_exception(self, error: Exception) -> None:
        if not isinstance(error, DISCONNECTED):
            await super().handle_task_exception(error)

    async def _handle_pre_execution_error(self, operation: Operation[Any, None], result: PreExecutionError) -> None:
        # graphql-transport-ws: errors before execution (syntax ones included) are an `error` message.
        assert result.errors
        await operation.send_initial_errors(result.errors)

    async def end_session(self) -> None:
        await self.shutdown()  # cancels and awaits every operation, so none sends after the close
        with contextlib.suppress(Exception):
            await self.websocket.close(code=SESSION_ENDED_CODE, reason="Session ended")


class LegacyWSHandler(_SessionBound, BaseGraphQLWSHandler[Any, None]):
    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        payload = message.get("payload")
        if payload is not None and not isinstance(payload, dict):
            await self.send_message({"type": "connection_error", "payload": {"message": "The payload must be an object."}})
            await self.websocket.close(code=REFUSED_CODE, reason="Forbidden")
            return
        self.context.connection_params = payload
        try:
            await self.view.on_ws_connect(self.context)
        except ConnectionRejectionError as error:
            await self.send_message({"type": "connection_error", "payload": error.payload})
            await self.websocket.close(code=REFUSED_CODE, reason="Forbidden")
            return
        await self.send_message({"type": "connection_ack"})
        self.connection_acknowledged = True
        if self.keep_alive:
            self.keep_alive_task = asyncio.create_task(self.handle_keep_alive())

    async def handle_start(self, message: StartMessage) -> None:
        limit = self.max_subscriptions_per_connection
        if self.connection_acknowledged and limit is not None and message["id"] not in self.tasks:
            if len(self.tasks) >= limit:
                await self.send_message({"type": "error", "id": message["id"], "payload": _limit_error(limit).formatted})
                return
        if self.connection_acknowledged and (error := _untrusted_error(self.view, message.get("payload"))) is not None:
            await self.send_message({"type": "error", "id": message["id"], "payload": error.formatted})
            return
        await super().handle_start(message)

    async def handle_async_results(self, *args: Any) -> None:
        with contextlib.suppress(*DISCONNECTED):
            await super().handle_async_results(*args)

    async def end_session(self) -> None:
        await self.cleanup()
        with contextlib.suppress(Exception):
            await self.websocket.close(code=SESSION_ENDED_CODE, reason="Session ended")
