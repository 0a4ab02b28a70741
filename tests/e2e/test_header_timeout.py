"""A real uvicorn facing clients directly drops connections whose headers stall: nothing sent,
a partial header block, headers trickled a byte at a time, or a stall on a kept-alive
connection — a 408 once HEADER_TIMEOUT has passed, then the connection is closed."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from tests.support.server import ServerProcess

HEADER_TIMEOUT_S = 1.0
PARTIAL = b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": module_database, "HEADER_TIMEOUT": str(HEADER_TIMEOUT_S)}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("headers")).start()
    yield process
    process.stop()


def _connect(server: ServerProcess) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    sock.settimeout(5)  # far beyond the header timeout: a held connection fails the test
    return sock


def _read_until_closed(sock: socket.socket) -> bytes:
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def _assert_dropped_with_408(sock: socket.socket, started: float) -> None:
    answer = _read_until_closed(sock)
    elapsed = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert b'"code":"REQUEST_TIMEOUT"' in answer
    assert HEADER_TIMEOUT_S * 0.8 <= elapsed < HEADER_TIMEOUT_S + 2


def test_a_client_that_sends_nothing_is_dropped(server: ServerProcess) -> None:
    with _connect(server) as sock:
        _assert_dropped_with_408(sock, time.monotonic())


def test_a_client_that_stops_in_the_middle_of_its_headers_is_dropped(server: ServerProcess) -> None:
    with _connect(server) as sock:
        started = time.monotonic()
        sock.sendall(PARTIAL)
        _assert_dropped_with_408(sock, started)


def test_headers_trickled_a_byte_at_a_time_do_not_renew_the_deadline(server: ServerProcess) -> None:
    with _connect(server) as sock:
        started = time.monotonic()
        try:
            for byte in PARTIAL:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server closed mid-trickle: what we want
        assert time.monotonic() - started < HEADER_TIMEOUT_S + 2
        assert b"408" in _read_until_closed(sock)[:20]


def test_a_stall_on_a_kept_alive_connection_is_dropped_and_a_good_request_is_served(server: ServerProcess) -> None:
    body = b'{"query": "{ serverInfo { version } }"}'
    request = PARTIAL + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    with _connect(server) as sock:
        sock.sendall(request)
        first = b""
        while b"serverInfo" not in first:  # headers and body may come in separate reads
            first += sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 200 ")
        started = time.monotonic()
        sock.sendall(PARTIAL)  # the next request stalls
        _assert_dropped_with_408(sock, started)
