"""Trusted documents on a real server (production mode): only the operations in the build's
manifest run — by id or by exact text, over HTTP and websockets — and anything else is refused
before it is parsed with UNTRUSTED_DOCUMENT."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets

from psscript_graphql.core.trusted_documents import TrustedDocuments, TrustedDocumentsError, parse_manifest
from tests.support.analysis_clients import LEGACY_WS, TRANSPORT_WS
from tests.support.server import ServerProcess

INFO = "query Info { serverInfo { version } }"
TAGS = "query Tags($n: Int) { tags(first: $n) { totalCount } }"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def apollo_manifest(*bodies: str) -> dict:
    return {
        "format": "apollo-persisted-query-manifest",
        "version": 1,
        "operations": [{"id": _sha(body), "name": body.split()[1], "type": "query", "body": body} for body in bodies],
    }


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    directory = tmp_path_factory.mktemp("trusted")
    manifest = directory / "persisted-query-manifest.json"
    manifest.write_text(json.dumps(apollo_manifest(INFO, TAGS)))
    env = {"DATABASE_URL": module_database, "PSSCRIPT_PRODUCTION": "true", "TRUSTED_DOCUMENTS_FILE": str(manifest)}
    process = ServerProcess(env, log_dir=directory).start()
    yield process
    process.stop()


def post(server: ServerProcess, body: object) -> httpx.Response:
    return httpx.post(f"{server.base_url}/graphql", json=body, timeout=10)


def by_id(text: str, **more: object) -> dict:
    return {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": _sha(text)}}, **more}


def test_registered_documents_run_by_id_or_by_exact_text(server: ServerProcess) -> None:
    assert post(server, by_id(INFO)).json()["data"]["serverInfo"]["version"]
    assert post(server, {"query": INFO}).json()["data"]["serverInfo"]["version"]
    tags = post(server, by_id(TAGS, variables={"n": 3})).json()
    assert tags == {"data": {"tags": {"totalCount": 0}}, "extensions": tags["extensions"]}
    assert [r["data"] for r in post(server, [by_id(INFO), {"query": TAGS}]).json()][0]["serverInfo"]


@pytest.mark.parametrize(
    "body",
    [
        {"query": "{ serverInfo { version } }"},  # the same operation, other text: not registered
        {"query": "query { " * 2_000},  # never parsed: a syntax error would say otherwise
        by_id("query Other { me { id } }"),
        by_id(INFO, query="{ me { email } }"),  # an id with another text
        {"query": "{ me { id } }", **by_id("{ me { id } }")},  # automatic persisted queries register nothing
    ],
)
def test_anything_else_is_refused_before_parsing(server: ServerProcess, body: dict) -> None:
    response = post(server, body)
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "UNTRUSTED_DOCUMENT" and "Syntax" not in error["message"]
    batch = post(server, [by_id(INFO), body])
    assert batch.status_code == 400 and batch.json()["errors"][0]["extensions"]["code"] == "UNTRUSTED_DOCUMENT"


@pytest.mark.parametrize("protocol", [TRANSPORT_WS, LEGACY_WS])
async def test_websocket_operations_must_be_registered_too(server: ServerProcess, protocol: str) -> None:
    url = server.base_url.replace("http", "ws") + "/graphql"
    kind = "subscribe" if protocol == TRANSPORT_WS else "start"
    async with websockets.connect(url, subprotocols=[protocol]) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await asyncio.wait_for(socket.recv(), 5))["type"] == "connection_ack"
        query = "subscription { analysisProgress(jobId: \"x\") { status } }"
        await socket.send(json.dumps({"type": kind, "id": "1", "payload": {"query": query}}))
        message = json.loads(await asyncio.wait_for(socket.recv(), 5))
    assert message["type"] == "error" and message["id"] == "1"
    error = message["payload"][0] if protocol == TRANSPORT_WS else message["payload"]
    assert error["extensions"]["code"] == "UNTRUSTED_DOCUMENT"


def test_graphql_code_generators_persisted_documents_are_read(tmp_path: Path) -> None:
    path = tmp_path / "persisted-documents.json"
    path.write_text(json.dumps({"b1946ac92492d2347c6235b4d2611184": INFO}))
    trusted = TrustedDocuments.load(path)
    assert len(trusted) == 1
    assert trusted.resolve(None, {"persistedQuery": {"version": 1, "sha256Hash": "b1946ac92492d2347c6235b4d2611184"}}) == INFO


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "neither an Apollo"),
        (b'{"format": "apollo-persisted-query-manifest", "version": 2, "operations": []}', '"version": 1'),
        (b'{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id": 1}]}', "operation 0"),
        (b"{}", "lists no documents"),
    ],
)
def test_an_unusable_file_is_a_clear_error(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "manifest.json"
    path.write_bytes(content)
    with pytest.raises(TrustedDocumentsError, match=fragment.replace("[", r"\[")):
        TrustedDocuments.load(path) if fragment == "lists no documents" else parse_manifest(path, content)


def test_serve_with_an_unusable_file_exits_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    result = subprocess.run(
        [sys.executable, "-m", "psscript_graphql.cli", "serve"],
        env={**os.environ, "TRUSTED_DOCUMENTS_FILE": str(missing), "LOG_LEVEL": "error"},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"psscript-graphql: error: TRUSTED_DOCUMENTS_FILE {missing}: No such file or directory"
