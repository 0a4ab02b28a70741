"""uvicorn's websocket protocol, closing connections with 1001 (going away) when the server shuts down.

On SIGTERM uvicorn stops accepting connections and calls `shutdown()` on every open one *before*
it drains requests and runs the application's lifespan shutdown; its websocket protocol closes
with 1012 (service restart) there. By the time our lifespan could close subscriptions they are
already gone, so the close code is chosen here: 1001 tells clients the server went away and
that reconnecting (to another replica) is the thing to do. Strawberry sees an ordinary
disconnect and closes the subscription generators, so their `finally` blocks run.
"""

from __future__ import annotations

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

GOING_AWAY = 1001
REASON = "server shutting down"


class GoingAwayWebSocketProtocol(WebSocketsSansIOProtocol):
    def shutdown(self) -> None:
        if not self.handshake_complete or self.close_sent:
            super().shutdown()  # not upgraded yet (answers 500), or already closing: nothing to choose
            return
        self.stop_keepalive()
        self.queue.put_nowait({"type": "websocket.disconnect", "code": GOING_AWAY})
        self.conn.send_close(GOING_AWAY, REASON)
        self.close_sent = True
        self.transport.write(b"".join(self.conn.data_to_send()))
        self.transport.close()
