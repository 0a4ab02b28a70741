"""uvicorn's HTTP protocol with coalesced writes (serving/coalesced_writes.py) and a header
timeout: a client must send a request's whole header block within HEADER_TIMEOUT seconds of
starting it (or of connecting), else it gets a 408 and the connection is closed.

uvicorn arms no timer while it waits for headers — only between requests of a kept-alive
connection — so a client that connects and sends nothing, or trickles a header a byte at a
time (slowloris), holds a connection for as long as it likes when uvicorn faces clients
directly. The deadline runs from the start of each request and is not renewed by the bytes
that arrive: only complete headers stop it. Stalled bodies are the HTTP edge's job
(BODY_TIMEOUT, core/http_edge.py).
"""

from __future__ import annotations

import asyncio

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from psscript_graphql.serving.coalesced_writes import CoalescingTransport

DEFAULT_HEADER_TIMEOUT_S = 10.0


def configure(header_timeout_s: float) -> None:
    """Set the timeout for this process (uvicorn builds the protocol objects itself)."""
    HeaderTimeoutProtocol.header_timeout_s = header_timeout_s


class HeaderTimeoutProtocol(HttpToolsProtocol):
    header_timeout_s = DEFAULT_HEADER_TIMEOUT_S
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        # Headers and body leave in one write (serving/coalesced_writes.py).
        super().connection_made(CoalescingTransport(transport, self.loop))
        self._arm_header_timer()  # a client that sends nothing at all

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._header_timer is None:  # the next request of a kept-alive connection
            self._arm_header_timer()

    def on_headers_complete(self) -> None:
        self._cancel_header_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout_s, self._headers_timed_out)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_timed_out(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being answered; its headers were complete
        message = f"The request headers did not arrive within {self.header_timeout_s:g} seconds."
        body = orjson.dumps({"errors": [{"message": message, "extensions": {"code": "REQUEST_TIMEOUT"}}]})
        self.transport.write(
            b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        self.transport.close()
