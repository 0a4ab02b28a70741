"""ASGI middleware counting HTTP requests and their latency by method, route and status.

Routes are a fixed, small set of labels — never the raw path, which any client can vary.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from psscript_graphql.db.session import Database
from psscript_graphql.observability.endpoint import pool_engines
from psscript_graphql.observability.metrics import HTTP_LATENCY, HTTP_REQUESTS, observe_pools

_ROUTES = ("/graphql", "/healthz", "/readyz", "/metrics")
_METHODS = frozenset({"GET", "POST", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
# Workers refresh their pool gauges from requests (a scrape reaches one worker only); a second
# is as fresh as a scrape interval needs, and reading the pools on every request cost 4% of a
# small request's CPU.
POOL_REFRESH_S = 1.0


def route_label(path: str) -> str:
    if path in _ROUTES:
        return path
    if path.startswith("/graphiql/"):
        return "/graphiql/*"
    if path.startswith("/scripts/") and path.endswith("/raw"):
        return "/scripts/{id}/raw"
    return "other"


class HttpMetricsMiddleware:
    def __init__(self, app: ASGIApp, db: Database) -> None:
        self.app = app
        self._engines = pool_engines(db)
        self._pools_observed_at = float("-inf")
        # The labelled children, looked up once per label set (the label values are a small fixed set).
        self._requests: dict[tuple[str, str, int], Any] = {}
        self._latency: dict[tuple[str, str], Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the server answers when the app raises before starting a response

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note_status)
        finally:
            finished = time.perf_counter()
            method = scope["method"] if scope["method"] in _METHODS else "other"
            route = route_label(scope["path"])
            self._counter(method, route, status).inc()
            self._histogram(method, route).observe(finished - started)
            if finished - self._pools_observed_at >= POOL_REFRESH_S:
                # With several workers each one's pool gauges are files; refresh ours while we are here.
                self._pools_observed_at = finished
                observe_pools(self._engines)  # type: ignore[arg-type]

    def _counter(self, method: str, route: str, status: int) -> Any:
        key = (method, route, status)
        if (child := self._requests.get(key)) is None:
            child = self._requests[key] = HTTP_REQUESTS.labels(method=method, route=route, status=str(status))
        return child

    def _histogram(self, method: str, route: str) -> Any:
        key = (method, route)
        if (child := self._latency.get(key)) is None:
            child = self._latency[key] = HTTP_LATENCY.labels(method=method, route=route)
        return child
