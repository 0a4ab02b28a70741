"""Hostile requests against a real server: a malformed envelope (single, batched or GET) is a
400 with a GraphQL-shaped error and never a 500; documents that expand into enormous work are
refused at once and the server keeps answering (docs/security.md)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.server import ServerProcess

OK = "{ serverInfo { version } }"


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": module_database, "RATE_LIMIT_PER_MINUTE": "0"}, log_dir=tmp_path_factory.mktemp("hostile"))
    process.start()
    yield process
    process.stop()


def post(server: ServerProcess, payload: object) -> httpx.Response:
    return httpx.post(f"{server.base_url}/graphql", content=json.dumps(payload), headers={"content-type": "application/json"}, timeout=30)


MALFORMED = [
    ({"query": OK, "operationName": {"a": 1}}, "`operationName` must be a string or null, got an object"),
    ({"query": OK, "operationName": ["x"]}, "`operationName` must be a string or null, got an array"),
    ({"query": OK, "operationName": 123}, "`operationName` must be a string or null, got a number"),
    ({"query": 1}, "`query` must be a string or null, got a number"),
    ({"query": OK, "variables": "x"}, "`variables` must be an object or null, got a string"),
    ({"query": OK, "extensions": "x"}, "`extensions` must be an object or null, got a string"),
    ({"query": OK, "extensions": [1]}, "`extensions` must be an object or null, got an array"),
]


@pytest.mark.parametrize(("envelope", "message"), MALFORMED)
def test_a_malformed_envelope_is_a_400_alone_and_in_a_batch(server: ServerProcess, envelope: dict, message: str) -> None:
    for payload, prefix in ((envelope, ""), ([{"query": OK}, envelope], "Batch item 1: ")):
        response = post(server, payload)
        assert response.status_code == 400, response.text
        [error] = response.json()["errors"]
        assert error["message"] == prefix + message + "."
        assert error["extensions"]["code"] == "BAD_USER_INPUT"


def test_a_malformed_get_parameter_is_a_400(server: ServerProcess) -> None:
    response = httpx.get(f"{server.base_url}/graphql", params={"query": OK, "variables": "[1]"}, headers={"accept": "application/json"})
    assert response.status_code == 400 and response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    response = httpx.get(f"{server.base_url}/graphql", params={"query": OK, "operationName": ""}, headers={"accept": "application/json"})
    assert response.status_code == 200  # an empty parameter means absent
    fine = httpx.get(f"{server.base_url}/graphql", params={"query": OK, "variables": ""}, headers={"accept": "application/json"})
    assert fine.status_code == 200 and fine.json()["data"]["serverInfo"]["version"]
    fine = httpx.get(f"{server.base_url}/graphql", params={"query": OK, "extensions": "{}"}, headers={"accept": "application/json"})
    assert fine.status_code == 200 and fine.json()["data"]["serverInfo"]["version"]


def test_well_formed_batches_and_nulls_still_run(server: ServerProcess) -> None:
    response = post(server, [{"query": OK, "operationName": None, "variables": None, "extensions": None}, {"query": OK}])
    assert response.status_code == 200
    assert [item["data"]["serverInfo"]["version"] is not None for item in response.json()] == [True, True]


def _doubling(levels: int) -> str:
    parts = ["query { ...F0 }", *(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels))]
    return "\n".join([*parts, f"fragment F{levels} on Query {{ __typename }}"])


@pytest.mark.timeout(60)
def test_fragment_doubling_documents_are_refused_while_readyz_keeps_answering(server: ServerProcess) -> None:
    hostile = [_doubling(25).replace("__typename", f"a{n}: __typename") for n in range(8)]  # distinct: no cache
    with ThreadPoolExecutor(max_workers=8) as pool:
        pending = [pool.submit(post, server, {"query": document}) for document in hostile]
        started = time.monotonic()
        ready = httpx.get(f"{server.base_url}/readyz", timeout=10)
        readyz_s = time.monotonic() - started
        responses = [future.result() for future in pending]
    assert ready.status_code == 200 and readyz_s < 5  # before the fix: no answer for minutes
    for response in responses:
        assert [e["extensions"]["code"] for e in response.json()["errors"]] == ["DOCUMENT_TOO_LARGE"]
