"""Clients for analysis e2e tests: sign up over HTTP, start analyses, follow them with `gql` websockets."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
from gql import Client, GraphQLRequest
from gql.transport.websockets import WebsocketsTransport

TRANSPORT_WS = "graphql-transport-ws"
LEGACY_WS = "graphql-ws"

PROGRESS = """
    subscription Follow($scriptId: ID, $jobId: ID) {
      analysisProgress(scriptId: $scriptId, jobId: $jobId) {
        jobId sequence status stage percent message error findingCount
        job { attempts }
        analysis { securityScore qualityScore riskScore securityIssues { rule } }
      }
    }
"""
ANALYZE = "mutation($id: ID!) { analyzeScript(scriptId: $id) { job { id status } errors { code message } } }"


def graphql(base_url: str, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{base_url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers, timeout=30)
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def register(base_url: str) -> tuple[int, str]:
    """A new user's database id and bearer token."""
    name = f"u{uuid.uuid4().hex[:10]}"
    data = graphql(
        base_url,
        "mutation($u: String!, $e: String!) { register(username: $u, email: $e, password: \"long-enough-pass\") { token user { id } errors { message } } }",
        {"u": name, "e": f"{name}@example.com"},
    )
    payload = data["register"]
    assert payload["errors"] == [], payload
    from strawberry import relay

    return int(relay.GlobalID.from_id(payload["user"]["id"]).node_id), payload["token"]


def analyze(base_url: str, token: str, script_gid: str) -> str:
    payload = graphql(base_url, ANALYZE, {"id": script_gid}, token)["analyzeScript"]
    assert payload["errors"] == [], payload
    return payload["job"]["id"]


def ws_client(base_url: str, *, token: str | None, protocol: str = TRANSPORT_WS) -> Client:
    init = {"authorization": f"Bearer {token}"} if token else {}
    transport = WebsocketsTransport(
        url=base_url.replace("http://", "ws://") + "/graphql", init_payload=init, subprotocols=[protocol]
    )
    return Client(transport=transport)


async def follow(client: Client, events: list[dict[str, Any]], **variables: str) -> list[dict[str, Any]]:
    """Append each event to `events` (so a test sees them arrive) until the stream completes."""
    async with client as session:
        async for result in session.subscribe(GraphQLRequest(PROGRESS, variable_values=variables)):
            events.append(result["analysisProgress"])
    return events


class WorkerProcess:
    """`psscript-graphql worker` in a subprocess; `kill()` is SIGKILL, no goodbye."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self._env = {**os.environ, "LOG_LEVEL": "info", **env}
        self.log_path = log_dir / f"worker-{uuid.uuid4().hex[:6]}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "psscript_graphql.cli", "worker"], env=self._env, stdout=log, stderr=subprocess.STDOUT
            )
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
