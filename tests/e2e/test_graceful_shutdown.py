"""SIGTERM: in-flight requests finish, websockets close with 1001 (going away), the lifespan shuts down."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.support.server import ServerProcess


async def test_sigterm_drains_requests_and_closes_websockets_with_going_away(fresh_database: str, tmp_path: Path) -> None:
    server = await asyncio.to_thread(
        ServerProcess({"DATABASE_URL": fresh_database, "GRACEFUL_SHUTDOWN_TIMEOUT_S": "10", "LOG_LEVEL": "info"}, log_dir=tmp_path).start
    )
    try:
        async with connect(f"ws://127.0.0.1:{server.port}/graphql", subprotocols=["graphql-transport-ws"]) as websocket:
            await websocket.send(json.dumps({"type": "connection_init"}))
            assert json.loads(await websocket.recv())["type"] == "connection_ack"

            # A request in flight: headers and half of the body sent when the signal arrives.
            body = json.dumps({"query": "{ serverInfo { version schemaRevision } }"}).encode()
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(
                b"POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body[:10]
            )
            await writer.drain()
            await asyncio.sleep(0.2)

            server.send_sigterm()
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(websocket.recv(), timeout=10)
            assert closed.value.rcvd is not None
            assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1001, "server shutting down")

            writer.write(body[10:])  # the server is shutting down, and still finishes this request
            await writer.drain()
            response = await asyncio.wait_for(reader.read(), timeout=10)
            writer.close()
        head, _, payload = response.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200"), head
        assert b"connection: close" in head.lower()
        assert json.loads(payload)["data"]["serverInfo"]["schemaRevision"]
        # uvicorn re-raises the SIGTERM it handled once it is done: ended by that signal, after a clean shutdown.
        assert await asyncio.to_thread(server.wait, 15) in (0, -15)
        log = server.log()
        assert "Application shutdown complete" in log and "Traceback" not in log
    finally:
        await asyncio.to_thread(server.stop)
