"""The request id: taken from `X-Request-ID` when it is sane, generated otherwise, echoed back.

An ASGI middleware sets it for the whole request (HTTP) or connection (websocket) in a
contextvar, so every log line written while serving it — ours, SQLAlchemy's slow-query log,
uvicorn's — carries it, and the GraphQL context uses the same id for masked errors.
"""

from __future__ import annotations

import os
import re
from contextvars import ContextVar

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "x-request-id"
# Ids from clients end up in logs and a response header: letters, digits and ._:- only, 64 at most.
_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")

current_request_id: ContextVar[str | None] = ContextVar("psscript_request_id", default=None)


def new_request_id() -> str:
    """32 random hex digits (what uuid4().hex gives, without building a UUID per request)."""
    return os.urandom(16).hex()


def accept_or_generate(candidate: str | None) -> str:
    """The client's id when it is safe to log and echo; otherwise a fresh one."""
    if candidate and _ACCEPTABLE.match(candidate):
        return candidate
    return new_request_id()


def request_id_of(scope: Scope) -> str:
    """The id the middleware chose for this request; a fresh one for scopes it never saw (tests)."""
    state = scope.get("state") or {}
    return state.get("request_id") or accept_or_generate(Headers(scope=scope).get(HEADER))


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = accept_or_generate(Headers(scope=scope).get(HEADER))
        scope.setdefault("state", {})["request_id"] = request_id
        token = current_request_id.set(request_id)

        async def send_with_header(message: Message) -> None:
            if message["type"] in ("http.response.start", "websocket.accept"):
                headers = [(name, value) for name, value in message.get("headers") or () if name.lower() != b"x-request-id"]
                message = {**message, "headers": [*headers, (b"x-request-id", request_id.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_header)
        finally:
            current_request_id.reset(token)
