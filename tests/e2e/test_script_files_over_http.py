"""Files in and out through a real server: multipart uploads (GraphQL multipart request spec) and
`GET /scripts/{id}/raw` with ETags, authentication, visibility and versions."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from strawberry import relay

from tests.support.server import ServerProcess

FRONTEND = "https://app.example.com"
SCRIPT = "# Größe der Laufwerke\r\nGet-PSDrive -PSProvider FileSystem | Select-Object Name, Used\r\n"
REGISTER = """mutation($name: String!) { register(username: $name, email: "%s@example.com", password: "a long passphrase") {
  token } }"""
CREATE = """mutation($input: CreateScriptInput!) { createScript(input: $input) {
  script { id title content fileHash sourceEncoding rawUrl } errors { code field message } } }"""
UPDATE = """mutation($input: UpdateScriptInput!) { updateScript(input: $input) {
  script { content version sourceEncoding } errors { code field } } }"""
MY_SCRIPTS = "{ me { scripts { totalCount } } }"


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": module_database, "MAX_BODY_BYTES": str(4 * 1024 * 1024), "CORS_ALLOW_ORIGINS": FRONTEND}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("files")).start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def tokens(server: ServerProcess) -> dict[str, str]:
    return {name: graphql(server, REGISTER % name, {"name": name})["register"]["token"] for name in ("erin", "frank")}


def graphql(server: ServerProcess, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{server.base_url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def multipart(
    server: ServerProcess, query: str, variables: dict[str, Any], data: bytes, token: str, *, preflight: bool = True,
    file_map: dict[str, list[str]] | None = None,
) -> httpx.Response:
    """A request as upload clients send it: `operations`, `map`, then the file parts."""
    headers = {"Authorization": f"Bearer {token}"} | ({"Apollo-Require-Preflight": "true"} if preflight else {})
    form = {"operations": json.dumps({"query": query, "variables": variables}),
            "map": json.dumps(file_map or {"0": ["variables.input.file"]})}
    return httpx.post(
        f"{server.base_url}/graphql", data=form, files={"0": ("drives.ps1", data, "application/octet-stream")}, headers=headers
    )


def upload_script(server: ServerProcess, token: str, data: bytes, title: str, *, public: bool = False) -> dict[str, Any]:
    response = multipart(server, CREATE, {"input": {"title": title, "isPublic": public, "file": None}}, data, token)
    assert response.status_code == 200, response.text
    payload = response.json()["data"]["createScript"]
    assert payload["errors"] == [], payload
    return payload["script"]


def download(server: ServerProcess, path: str, token: str | None = None, **headers: str) -> httpx.Response:
    auth = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{server.base_url}{path}", headers=auth | headers)


def test_a_utf16_file_uploaded_by_multipart_downloads_as_utf8_with_an_etag(server: ServerProcess, tokens: dict[str, str]) -> None:
    script = upload_script(server, tokens["erin"], codecs.BOM_UTF16_LE + SCRIPT.encode("utf-16-le"), "Größe: Laufwerke")
    assert (script["content"], script["sourceEncoding"]) == (SCRIPT, "UTF_16_LE")

    response = download(server, script["rawUrl"], tokens["erin"])
    assert response.status_code == 200
    assert response.content == SCRIPT.encode("utf-8")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"Groe_ Laufwerke.ps1\"; filename*=UTF-8''Gr%C3%B6%C3%9Fe_%20Laufwerke.ps1"
    )
    assert response.headers["etag"] == f'"{script["fileHash"]}"'
    assert "private" in response.headers["cache-control"]

    revalidated = download(server, script["rawUrl"], tokens["erin"], **{"If-None-Match": response.headers["etag"]})
    assert revalidated.status_code == 304 and revalidated.content == b""
    assert revalidated.headers["etag"] == response.headers["etag"]
    stale = download(server, script["rawUrl"], tokens["erin"], **{"If-None-Match": '"0000"'})
    assert stale.status_code == 200

    by_global_id = download(server, f"/scripts/{script['id']}/raw", tokens["erin"])
    assert by_global_id.status_code == 200 and by_global_id.content == response.content


def test_a_private_script_downloads_for_its_owner_only(server: ServerProcess, tokens: dict[str, str]) -> None:
    script = upload_script(server, tokens["erin"], b"Get-Date\n", "Private clock")
    for token in (None, tokens["frank"]):
        hidden = download(server, script["rawUrl"], token)
        assert hidden.status_code == 404
        assert hidden.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    missing = download(server, "/scripts/999999/raw")
    assert missing.status_code == 404 and missing.json() == hidden.json()  # the same answer: nothing leaks
    invalid = download(server, script["rawUrl"], "not-a-token")
    assert invalid.status_code == 401 and invalid.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert download(server, script["rawUrl"], tokens["erin"]).status_code == 200


def test_versions_download_by_number_and_updates_take_files_too(server: ServerProcess, tokens: dict[str, str]) -> None:
    script = upload_script(server, tokens["erin"], b"Get-Date  # clock\n", "Clock", public=True)
    variables = {"input": {"id": script["id"], "file": None}}
    updated = multipart(server, UPDATE, variables, codecs.BOM_UTF8 + b"Get-Date -Format o\n", tokens["erin"]).json()
    assert updated["data"]["updateScript"]["script"] == {"content": "Get-Date -Format o\n", "version": 2, "sourceEncoding": "UTF_8_BOM"}

    first = download(server, script["rawUrl"] + "?version=1")
    assert first.status_code == 200 and first.content == b"Get-Date  # clock\n"
    assert download(server, script["rawUrl"]).content == b"Get-Date -Format o\n"
    assert download(server, script["rawUrl"] + "?version=3").status_code == 404
    bad = download(server, script["rawUrl"] + "?version=first")
    assert bad.status_code == 400 and bad.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    user_id = str(relay.GlobalID("User", "1"))
    assert download(server, f"/scripts/{user_id}/raw").status_code == 400


def test_a_listed_frontend_origin_may_read_the_download_and_its_headers(server: ServerProcess, tokens: dict[str, str]) -> None:
    script = upload_script(server, tokens["erin"], b"Get-Uptime\n", "Uptime", public=True)
    response = download(server, script["rawUrl"], Origin=FRONTEND)
    assert response.headers["access-control-allow-origin"] == FRONTEND
    exposed = response.headers["access-control-expose-headers"].lower()
    assert "etag" in exposed and "content-disposition" in exposed


def test_multipart_without_a_preflight_header_is_refused_and_creates_nothing(server: ServerProcess, tokens: dict[str, str]) -> None:
    before = graphql(server, MY_SCRIPTS, token=tokens["frank"])["me"]["scripts"]["totalCount"]
    response = multipart(server, CREATE, {"input": {"title": "CSRF", "file": None}}, b"Get-Date\n", tokens["frank"], preflight=False)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "CSRF_PREFLIGHT_REQUIRED"
    assert graphql(server, MY_SCRIPTS, token=tokens["frank"])["me"]["scripts"]["totalCount"] == before


def test_an_upload_in_an_unknown_encoding_is_a_user_error(server: ServerProcess, tokens: dict[str, str]) -> None:
    response = multipart(server, CREATE, {"input": {"title": "Legacy", "file": None}}, "Größe".encode("cp1252"), tokens["frank"])
    payload = response.json()["data"]["createScript"]
    assert payload["script"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("INVALID_ENCODING", ["input", "file"])]


@pytest.mark.parametrize(
    ("form", "files", "status"),
    [
        ({"operations": "{not json", "map": "{}"}, None, 400),
        ({"operations": json.dumps({"query": CREATE, "variables": {"input": {"title": "x", "file": None}}}),
          "map": json.dumps({"0": ["variables.input.file"]})}, {}, 400),  # the mapped file is missing
        ({"operations": json.dumps({"query": "{ me { username } }"}), "map": "{}"}, {"0": ("big.ps1", b"#" * (5 * 1024 * 1024))}, 413),
    ],
)
def test_malformed_multipart_requests_get_a_4xx_with_a_graphql_error(
    server: ServerProcess, tokens: dict[str, str], form: dict[str, str], files: Any, status: int
) -> None:
    headers = {"Authorization": f"Bearer {tokens['frank']}", "Apollo-Require-Preflight": "true"}
    if files == {}:
        files = {"other": ("x.ps1", b"Get-Date")}
    response = httpx.post(f"{server.base_url}/graphql", data=form, files=files or {"x": ("x", b"")}, headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["errors"][0]["extensions"]["code"]
