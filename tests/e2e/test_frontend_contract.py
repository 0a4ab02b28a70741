"""What a frontend meets over real HTTP and websockets: its own email after sign-up, typed error
codes, the analysis job in hand, a typed execution summary, catalogue filters, and search that
finds mistyped commands, nothing for nonsense, and pages backward."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from gql.transport.exceptions import TransportQueryError

from tests.support.analysis_clients import follow, ws_client
from tests.support.server import ServerProcess

RISKY = '$files = Get-ChildItem -Path C:\\Reports -Recurse\nWrite-Host "found"\niex (New-Object Net.WebClient).DownloadString($u)\n'
REGISTER = """mutation($u: String!) {
  register(username: $u, email: "dana@example.com", password: "a long passphrase") { token user { username email } } }"""
CREATE = """mutation($title: String!, $content: String!) {
  createScript(input: {title: $title, content: $content, isPublic: true}) {
    script { id } analysisJob { id status sequence } errors { code field } } }"""
SCRIPT = """query($id: ID!) { script(id: $id) {
  analysisJob { id status }
  analysis { riskScore executionSummary { touches requiresAdmin externalPrograms operations { area commands } } } } }"""
SEARCH = """query($q: String!, $mode: SearchMode!, $last: Int, $first: Int) {
  searchScripts(query: $q, mode: $mode, last: $last, first: $first) {
    totalCount pageInfo { hasPreviousPage hasNextPage } edges { matchedBy node { title } } } }"""
CATALOGUE = """query($filter: ScriptFilter, $order: ScriptOrder) {
  scripts(filter: $filter, orderBy: $order, first: 10) { nodes { title } } }"""


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": module_database}, log_dir=tmp_path_factory.mktemp("frontend")).start()
    yield process
    process.stop()


def post(server: ServerProcess, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{server.base_url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def analysed(server: ServerProcess) -> dict[str, Any]:
    """A signed-up user and their script, created over HTTP and analysed by the server's worker."""
    signed_up = post(server, REGISTER, {"u": "dana"})["data"]["register"]
    token = signed_up["token"]
    created = post(server, CREATE, {"title": "Quarterly export", "content": RISKY}, token)["data"]["createScript"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        script = post(server, SCRIPT, {"id": created["script"]["id"]}, token)["data"]["script"]
        if script["analysisJob"]["status"] == "SUCCEEDED" and script["analysis"] is not None:
            return {"token": token, "signed_up": signed_up, "created": created, "script": script}
        time.sleep(0.1)
    raise AssertionError(f"the analysis did not finish: {script}")


def test_register_shows_the_new_user_their_own_email(analysed: dict[str, Any]) -> None:
    assert analysed["signed_up"]["user"] == {"username": "dana", "email": "dana@example.com"}


def test_create_script_returns_the_queued_job_and_the_script_its_latest(analysed: dict[str, Any]) -> None:
    job = analysed["created"]["analysisJob"]
    assert job["status"] == "QUEUED" and job["sequence"] == 0
    assert analysed["script"]["analysisJob"]["id"] == job["id"]


async def test_following_the_created_job_over_a_websocket_starts_with_queued(
    server: ServerProcess, analysed: dict[str, Any]
) -> None:
    job_id = analysed["created"]["analysisJob"]["id"]
    events = await asyncio.wait_for(follow(ws_client(server.base_url, token=analysed["token"]), [], jobId=job_id), 20)
    assert [e["status"] for e in events] == ["QUEUED", "SUCCEEDED"]
    assert events[0]["sequence"] == 0 < events[1]["sequence"]


def test_execution_summary_is_typed(analysed: dict[str, Any]) -> None:
    summary = analysed["script"]["analysis"]["executionSummary"]
    assert "FILES" in summary["touches"] and summary["requiresAdmin"] is False
    assert {"area": "FILES", "commands": ["Get-ChildItem"]} in summary["operations"]


@pytest.mark.parametrize(
    ("query", "variables", "code"),
    [
        ("query($id: ID!) { script(id: $id) { id } }", {"id": "not-a-global-id"}, "BAD_USER_INPUT"),
        ("query($n: Int) { scripts(first: $n) { totalCount } }", {"n": "ten"}, "BAD_USER_INPUT"),
        ("{ scripts { nope } }", None, "GRAPHQL_VALIDATION_FAILED"),
        ("{ scripts { ", None, "GRAPHQL_PARSE_FAILED"),
    ],
)
def test_top_level_errors_carry_a_code_over_http(server: ServerProcess, query: str, variables: Any, code: str) -> None:
    body = post(server, query, variables)
    assert [error["extensions"]["code"] for error in body["errors"]] == [code]


def test_user_errors_are_enum_codes_over_http(server: ServerProcess, analysed: dict[str, Any]) -> None:
    failed = post(server, CREATE, {"title": " ", "content": "Get-Date"}, analysed["token"])["data"]["createScript"]
    assert failed == {"script": None, "analysisJob": None, "errors": [{"code": "INVALID_TITLE", "field": ["input", "title"]}]}


async def test_a_subscription_with_a_malformed_id_gets_a_coded_error(server: ServerProcess) -> None:
    with pytest.raises(TransportQueryError) as raised:
        await asyncio.wait_for(follow(ws_client(server.base_url, token=None), [], jobId="%%%"), 10)
    assert raised.value.errors is not None and raised.value.errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("query", ["Get-ChildItme", "Get-ChildItem"])
def test_fuzzy_search_finds_the_command_a_script_calls(server: ServerProcess, analysed: dict[str, Any], query: str) -> None:
    found = post(server, SEARCH, {"q": query, "mode": "FUZZY"})["data"]["searchScripts"]
    assert [edge["node"]["title"] for edge in found["edges"]] == ["Quarterly export"]


@pytest.mark.parametrize("mode", ["SEMANTIC", "HYBRID"])
def test_nonsense_finds_nothing(server: ServerProcess, analysed: dict[str, Any], mode: str) -> None:
    found = post(server, SEARCH, {"q": "zzzzqqq", "mode": mode})["data"]["searchScripts"]
    assert found["totalCount"] == 0 and found["edges"] == []


def test_search_pages_backward(server: ServerProcess, analysed: dict[str, Any]) -> None:
    found = post(server, SEARCH, {"q": "export", "mode": "TEXT", "last": 1})["data"]["searchScripts"]
    assert [edge["node"]["title"] for edge in found["edges"]] == ["Quarterly export"]
    assert found["pageInfo"] == {"hasPreviousPage": False, "hasNextPage": False}


def test_catalogue_filters_by_finding_and_orders_by_risk(server: ServerProcess, analysed: dict[str, Any]) -> None:
    by_rule = post(server, CATALOGUE, {"filter": {"hasFinding": {"rule": "PSAvoidUsingInvokeExpression", "minSeverity": "WARNING"}}})
    assert by_rule["data"]["scripts"]["nodes"] == [{"title": "Quarterly export"}]
    risky = post(server, CATALOGUE, {"filter": {"riskScoreMin": analysed["script"]["analysis"]["riskScore"]}, "order": {"field": "RISK_SCORE"}})
    assert risky["data"]["scripts"]["nodes"] == [{"title": "Quarterly export"}]
    assert post(server, CATALOGUE, {"filter": {"qualityScoreMin": 101}})["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_server_log_is_free_of_tracebacks(server: ServerProcess) -> None:
    assert "Traceback" not in server.log(), server.log()
