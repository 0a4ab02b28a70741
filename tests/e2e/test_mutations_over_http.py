"""Mutations through the real server: a bearer token, errors as data, the client's address logged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.support.server import ServerProcess

REGISTER = 'mutation { register(username: "carol", email: "carol@example.com", password: "a long passphrase") { token } }'
CREATE = """mutation($input: CreateScriptInput!) {
  createScript(input: $input) { script { id version tags { name } } errors { code field } } }"""
RECORD = """mutation($id: ID!) {
  recordExecution(input: {scriptId: $id, status: SUCCESS, executionTimeMs: 42}) {
    script { executionCount } executionLog { ipAddress } errors { code } } }"""
UPDATE = """mutation($id: ID!) {
  updateScript(input: {id: $id, content: "Get-Date", expectedVersion: 7}) { script { id } errors { code field } } }"""


def post(server: ServerProcess, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{server.base_url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_signed_in_client_creates_runs_and_conflicts_over_http(fresh_database: str, tmp_path: Path) -> None:
    server = ServerProcess({"DATABASE_URL": fresh_database}, log_dir=tmp_path).start()
    try:
        token = post(server, REGISTER)["data"]["register"]["token"]
        script_input = {"input": {"title": "Uptime", "content": "(Get-Date) - (gcim Win32_OperatingSystem).LastBootUpTime",
                                  "tags": ["Windows"]}}

        anonymous = post(server, CREATE, script_input)
        assert anonymous["data"] is None and anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

        created = post(server, CREATE, script_input, token)["data"]["createScript"]
        assert created["errors"] == [] and created["script"]["version"] == 1
        assert created["script"]["tags"] == [{"name": "windows"}]
        script_id = created["script"]["id"]

        run = post(server, RECORD, {"id": script_id}, token)["data"]["recordExecution"]
        assert run == {"script": {"executionCount": 1}, "executionLog": {"ipAddress": "127.0.0.1"}, "errors": []}

        stale = post(server, UPDATE, {"id": script_id}, token)["data"]["updateScript"]
        assert stale == {"script": None, "errors": [{"code": "CONFLICT", "field": ["input", "expectedVersion"]}]}
    finally:
        server.stop()
