"""A real OpenAI-compatible `/embeddings` HTTP server on 127.0.0.1, to start and stop at will.

Analysis-job tests point EMBEDDING_BASE_URL at its port before it runs: the embed stage then
fails (connection refused), and after `start()` a retry succeeds.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.support.server import free_port

DIMENSIONS = 384


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(text) % 97 + 1)] + [0.25] * (DIMENSIONS - 1)}
            for i, text in enumerate(body["input"])
        ]
        payload = json.dumps({"object": "list", "data": data, "model": body.get("model")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        return None


class EmbeddingServer:
    def __init__(self) -> None:
        self.port = free_port()
        self._server: ThreadingHTTPServer | None = None

    @property
    def env(self) -> dict[str, str]:
        return {
            "EMBEDDING_PROVIDER": "openai",
            "EMBEDDING_BASE_URL": f"http://127.0.0.1:{self.port}/v1",
            "EMBEDDING_MODEL": "test-embedder",
            "EMBEDDING_TIMEOUT": "2",
        }

    def start(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
