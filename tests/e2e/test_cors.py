"""Cross-origin access of a real server: preflights over httpx, and pages of a second origin in
headless Chromium that query over fetch and subscribe over a websocket — or are refused."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from psscript_graphql.core.cors import ALLOWED_HEADERS
from tests.support.browser import HAVE_CHROMIUM, chromium, static_site
from tests.support.server import ServerProcess, free_port

ALLOWED_PORT, REFUSED_PORT = free_port(), free_port()
ALLOWED = f"http://127.0.0.1:{ALLOWED_PORT}"
REFUSED = f"http://127.0.0.1:{REFUSED_PORT}"
REGISTER = 'mutation { register(username: "dana", email: "dana@example.com", password: "a long passphrase") { token } }'
CREATE = """mutation { createScript(input: {title: "Disk report", content: "Get-PSDrive -PSProvider FileSystem",
  isPublic: true}) { script { id } errors { code } } }"""
ANALYZE = "mutation($id: ID!) { analyzeScript(scriptId: $id) { job { id } errors { code } } }"


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": module_database, "CORS_ALLOW_ORIGINS": f"{ALLOWED},https://app.example.com"}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("cors")).start()
    yield process
    process.stop()


def graphql(server: ServerProcess, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{server.base_url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def preflight(
    server: ServerProcess, origin: str, headers: str = "authorization, content-type", path: str = "/graphql", method: str = "POST"
) -> httpx.Response:
    return httpx.options(
        f"{server.base_url}{path}",
        headers={"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers},
    )


def test_a_preflight_from_a_listed_origin_allows_the_headers_clients_send(server: ServerProcess) -> None:
    apq_and_upload = "authorization, content-type, apollo-require-preflight, apollographql-client-name, x-request-id"
    response = preflight(server, "https://app.example.com", apq_and_upload)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "https://app.example.com"
    allowed = {name.strip().lower() for name in response.headers["access-control-allow-headers"].split(",")}
    assert {name.lower() for name in ALLOWED_HEADERS} <= allowed
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "access-control-allow-credentials" not in response.headers  # bearer tokens, no cookies
    assert int(response.headers["access-control-max-age"]) > 0


def test_a_download_may_be_revalidated_cross_origin(server: ServerProcess) -> None:
    response = preflight(server, ALLOWED, "authorization, if-none-match", path="/scripts/1/raw", method="GET")
    assert response.status_code == 200 and response.headers["access-control-allow-origin"] == ALLOWED


def test_a_preflight_from_another_origin_is_refused(server: ServerProcess) -> None:
    response = preflight(server, "https://evil.example.net")
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


def test_responses_to_a_listed_origin_carry_cors_headers_errors_included(server: ServerProcess) -> None:
    ok = httpx.post(f"{server.base_url}/graphql", json={"query": "{ me { username } }"}, headers={"Origin": ALLOWED})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ALLOWED
    assert "x-request-id" in ok.headers["access-control-expose-headers"].lower()
    refused = httpx.post(
        f"{server.base_url}/graphql", json={"query": "{ me { username } }"},
        headers={"Origin": ALLOWED, "Authorization": "Bearer not-a-token"},
    )
    assert refused.status_code == 401 and refused.headers["access-control-allow-origin"] == ALLOWED
    other = httpx.post(f"{server.base_url}/graphql", json={"query": "{ me { username } }"}, headers={"Origin": REFUSED})
    assert "access-control-allow-origin" not in other.headers


def test_websocket_upgrades_from_other_origins_are_refused(server: ServerProcess) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    url = server.base_url.replace("http", "ws") + "/graphql"
    for origin in (ALLOWED, server.base_url, None):  # listed, same origin (GraphiQL), not a browser
        with connect(url, subprotocols=["graphql-transport-ws"], origin=origin) as socket:  # type: ignore[arg-type]
            socket.send(json.dumps({"type": "connection_init"}))
            assert json.loads(socket.recv(timeout=10))["type"] == "connection_ack"
    with pytest.raises(InvalidStatus) as refused:
        connect(url, subprotocols=["graphql-transport-ws"], origin=REFUSED)  # type: ignore[arg-type]
    assert refused.value.response.status_code == 403


PAGE = """<!doctype html><meta charset="utf-8"><title>frontend</title><script>
window.results = {events: []};
const api = %(api)s, token = %(token)s, jobId = %(job)s;
fetch(api + "/graphql", {
  method: "POST",
  headers: {"Content-Type": "application/json", "Authorization": "Bearer " + token},
  body: JSON.stringify({query: "{ me { username } }"}),
}).then(r => r.json()).then(body => { results.fetch = body; }, error => { results.fetch = "failed: " + error; });
const socket = new WebSocket(api.replace("http", "ws") + "/graphql", "graphql-transport-ws");
socket.onopen = () => socket.send(JSON.stringify({type: "connection_init", payload: {authorization: "Bearer " + token}}));
socket.onmessage = (message) => {
  const data = JSON.parse(message.data);
  if (data.type === "connection_ack") {
    socket.send(JSON.stringify({id: "1", type: "subscribe", payload: {
      query: "subscription($id: ID!) { analysisProgress(jobId: $id) { jobId status } }", variables: {id: jobId}}}));
  } else if (data.type === "next") { results.events.push(data.payload.data.analysisProgress); }
  else if (data.type === "complete") { results.complete = true; socket.close(1000); }
  else { results.other = data; }
};
socket.onclose = (event) => { results.closed = event.code; };
</script>"""


def _wait_for(driver: Any, condition: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # One script reads both: read apart, the page could meet the condition between the two reads and
        # the results taken first would lack what it met (a `closed` arriving in that gap).
        results = driver.execute_script(f"return window.results && Boolean({condition}) ? window.results : null")
        if results is not None:
            return results
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {condition}: {driver.execute_script('return window.results')}")


@pytest.mark.browser
@pytest.mark.skipif(not HAVE_CHROMIUM, reason="needs Debian's chromium and chromium-driver")
def test_a_page_of_a_listed_origin_queries_and_subscribes_and_one_of_another_is_refused(
    server: ServerProcess, tmp_path: Path
) -> None:
    token = graphql(server, REGISTER)["register"]["token"]
    script_id = graphql(server, CREATE, token=token)["createScript"]["script"]["id"]
    job_id = graphql(server, ANALYZE, {"id": script_id}, token)["analyzeScript"]["job"]["id"]
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(PAGE % {"api": json.dumps(server.base_url), "token": json.dumps(token), "job": json.dumps(job_id)})

    with static_site(site, ALLOWED_PORT) as allowed, static_site(site, REFUSED_PORT) as refused, chromium(tmp_path / "profile") as driver:
        driver.get(f"{allowed}/index.html")
        results = _wait_for(driver, "results.fetch && results.complete")
        assert results["fetch"]["data"] == {"me": {"username": "dana"}}
        assert results["events"] and {event["jobId"] for event in results["events"]} == {job_id}
        assert results["events"][-1]["status"] == "SUCCEEDED"

        driver.get(f"{refused}/index.html")
        results = _wait_for(driver, "results.fetch && results.closed")
        assert results["fetch"].startswith("failed: TypeError")  # the preflight was refused
        assert results["closed"] == 1006 and results["events"] == []  # the upgrade was refused
