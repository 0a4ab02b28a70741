"""The OpenAI-compatible provider against a real HTTP server on 127.0.0.1 (no mocked httpx).

The server's behaviour is chosen by the first path segment of the provider's base URL:
/ok answers properly (items in reverse order, as servers may), /short returns one dimension
too few, /error answers 500, /notjson answers 200 with HTML, /slow answers after the client
has given up, /zero returns all-zero vectors.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from psscript_graphql.search.embeddings.openai_compatible import OpenAICompatibleProvider
from psscript_graphql.search.embeddings.provider import EmbeddingError

DIMENSIONS = 384


@dataclass
class FakeEmbeddingServer:
    base: str
    requests: list[dict] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    release_slow: threading.Event = field(default_factory=threading.Event)

    def provider(self, mode: str, *, timeout: float = 5.0, batch_size: int = 64) -> OpenAICompatibleProvider:
        return OpenAICompatibleProvider(
            f"{self.base}/{mode}/v1/", "sk-test-key", "text-embed-small", DIMENSIONS, timeout, batch_size=batch_size
        )


def _vector_for(text: str, dimensions: int) -> list[float]:
    # Tells inputs apart in the answer: the first component is the text's length.
    return [float(len(text))] + [0.5] * (dimensions - 1)


def _handler(server: FakeEmbeddingServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            server.requests.append({"path": self.path, **body})
            server.headers.append(dict(self.headers))
            mode = self.path.split("/")[1]
            if mode == "slow":
                server.release_slow.wait(10)
            if mode == "error":
                return self._send(500, b'{"error": {"message": "model overloaded"}}')
            if mode == "notjson":
                return self._send(200, b"<html>gateway</html>")
            size = {"short": DIMENSIONS - 1}.get(mode, DIMENSIONS)
            items = [
                {"object": "embedding", "index": i, "embedding": [0] * size if mode == "zero" else _vector_for(t, size)}
                for i, t in enumerate(body["input"])
            ]
            self._send(200, json.dumps({"object": "list", "data": items[::-1], "model": body["model"]}).encode())

        def _send(self, status: int, payload: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass  # the client timed out and closed the connection: nothing left to answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture(scope="module")
def embedding_server() -> Iterator[FakeEmbeddingServer]:
    state = FakeEmbeddingServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    state.release_slow.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def server(embedding_server: FakeEmbeddingServer) -> FakeEmbeddingServer:
    embedding_server.requests.clear()
    embedding_server.headers.clear()
    return embedding_server


async def test_posts_model_input_and_dimensions_with_the_api_key(server: FakeEmbeddingServer) -> None:
    await server.provider("ok").embed(["Get-Service", "Restart-Service"])
    [request] = server.requests
    assert request == {
        "path": "/ok/v1/embeddings",
        "model": "text-embed-small",
        "input": ["Get-Service", "Restart-Service"],
        "dimensions": DIMENSIONS,
    }
    assert server.headers[0]["Authorization"] == "Bearer sk-test-key"


async def test_returns_vectors_in_input_order_even_when_the_server_reorders(server: FakeEmbeddingServer) -> None:
    texts = ["a", "bbb", "cc"]
    vectors = await server.provider("ok").embed(texts)
    assert [vector[0] for vector in vectors] == [1.0, 3.0, 2.0]
    assert all(len(vector) == DIMENSIONS for vector in vectors)


async def test_splits_inputs_into_batches_and_keeps_their_order(server: FakeEmbeddingServer) -> None:
    texts = ["x" * n for n in range(1, 8)]
    vectors = await server.provider("ok", batch_size=3).embed(texts)
    assert [len(r["input"]) for r in server.requests] == [3, 3, 1]
    assert [r["input"] for r in server.requests][2] == ["x" * 7]
    assert [vector[0] for vector in vectors] == [float(n) for n in range(1, 8)]


async def test_empty_input_makes_no_request(server: FakeEmbeddingServer) -> None:
    assert await server.provider("ok").embed([]) == []
    assert server.requests == []


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("short", "returned 383 dimensions, expected 384"),
        ("error", "answered HTTP 500"),
        ("notjson", "not JSON"),
        ("zero", "all-zero vector"),
    ],
)
async def test_bad_answers_raise_embedding_error(server: FakeEmbeddingServer, mode: str, message: str) -> None:
    with pytest.raises(EmbeddingError, match=message) as raised:
        await server.provider(mode).embed(["Get-Process"])
    assert "\n" not in str(raised.value)
    assert "sk-test-key" not in str(raised.value)


async def test_http_error_message_includes_the_servers_explanation(server: FakeEmbeddingServer) -> None:
    with pytest.raises(EmbeddingError, match="model overloaded"):
        await server.provider("error").embed(["Get-Process"])


async def test_timeout_raises_embedding_error(server: FakeEmbeddingServer) -> None:
    with pytest.raises(EmbeddingError, match=r"timed out after 0\.2s"):
        await server.provider("slow", timeout=0.2).embed(["Get-Process"])


def _unused_port() -> int:
    """A port that was free a moment ago: nothing listens there, so connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_unreachable_server_raises_embedding_error() -> None:
    provider = OpenAICompatibleProvider(f"http://127.0.0.1:{_unused_port()}", None, "m", DIMENSIONS, 2.0)
    with pytest.raises(EmbeddingError, match="failed"):
        await provider.embed(["Get-Process"])


@pytest.mark.parametrize(
    "arguments",
    [
        ("", None, "m", DIMENSIONS, 1.0),
        ("http://x", None, " ", DIMENSIONS, 1.0),
        ("http://x", None, "m", 0, 1.0),
        ("http://x", None, "m", DIMENSIONS, 0.0),
    ],
)
def test_invalid_settings_are_rejected(arguments: tuple) -> None:
    with pytest.raises(ValueError):
        OpenAICompatibleProvider(*arguments)
