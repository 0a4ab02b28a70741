"""The HTTP edge of a real server: malformed requests get 4xx with a GraphQL-shaped body and
change nothing; bearer tokens; persisted queries; batches; rate limits; production mode."""

from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis

from tests.support.redis_server import RedisForTests
from tests.support.server import ServerProcess

ME = "{ me { username } }"


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": module_database, "BODY_TIMEOUT": "1", "MAX_BODY_BYTES": "65536", "MAX_BATCH_OPERATIONS": "3"}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("edge")).start()
    yield process
    process.stop()


def post(server: ServerProcess, body: bytes | None = None, *, json: object = None, headers: dict[str, str] | None = None) -> httpx.Response:
    headers = {"content-type": "application/json", **(headers or {})}
    return httpx.post(f"{server.base_url}/graphql", content=body, json=json, headers=headers, timeout=10)


def error_of(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"errors"}, body
    [error] = body["errors"]
    return error


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b'"a string"', "JSON object"),
        (b"[1, 2]", "JSON object"),
        (b"[]", "JSON object"),
        (b'{"query": "{ me { username } }", "extra": "\xff\xfe"}', "not valid JSON"),
        (b'{"query": "query($n: Int) { scripts(first: $n) { totalCount } }", "variables": {"n": 1e999}}', "infinity"),
        (b'{"query": "{ me { username } }", "variables": {"v": ' + b"[" * 200 + b"]" * 200 + b"}}", "nested deeper"),
        (b'{"query": 42}', "must be a string"),
        (b'{"query": "query($t: String!) { user(username: $t) { username } }", "variables": {"t": "\\ud800"}}', "surrogate"),
        (b'{"query": "{ me { username } }", "variables": [1]}', "must be an object"),
    ],
)
def test_malformed_bodies_get_a_400_with_a_graphql_error(server: ServerProcess, body: bytes, fragment: str) -> None:
    response = post(server, body)
    assert response.status_code == 400
    error = error_of(response)
    assert fragment in error["message"] and error["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("number", [b"1099511627776", b"123456789012345678901234567890"])
def test_integers_beyond_graphqls_int_are_a_clear_graphql_error(server: ServerProcess, number: bytes) -> None:
    body = b'{"query": "query($n: Int) { scripts(first: $n) { totalCount } }", "variables": {"n": ' + number + b"}}"
    response = post(server, body)
    assert response.status_code == 200 and "Int cannot represent" in response.json()["errors"][0]["message"]


def test_an_oversized_body_is_refused_whether_declared_or_streamed(server: ServerProcess) -> None:
    big = b'{"query": "' + b" " * 70_000 + b'{ me { username } }"}'
    declared = post(server, big)
    assert declared.status_code == 413 and error_of(declared)["extensions"]["code"] == "PAYLOAD_TOO_LARGE"

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        for start in range(0, len(big), 8192):
            yield big[start : start + 8192]

    streamed = httpx.post(f"{server.base_url}/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_other_content_types_get_415(server: ServerProcess) -> None:
    response = post(server, b"query=%7B%20me%20%7D", headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415 and error_of(response)["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"


def test_a_client_that_stalls_while_sending_its_body_gets_408(server: ServerProcess) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(
            b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\""
        )
        started = time.monotonic()
        # Until the body arrives or the server closes: headers and body may come in separate reads.
        received = b""
        while b"REQUEST_TIMEOUT" not in received and (chunk := sock.recv(4096)):
            received += chunk
        reply = received.decode()
    assert reply.startswith("HTTP/1.1 408") and "REQUEST_TIMEOUT" in reply, reply
    assert time.monotonic() - started < 20  # BODY_TIMEOUT is 1 s; the bound only proves it did not hang


def register(server: ServerProcess, username: str) -> str:
    mutation = 'mutation($u: String!) { register(username: $u, email: "%s@example.com", password: "a long passphrase") { token errors { code } } }'
    data = post(server, json={"query": mutation % username, "variables": {"u": username}}).json()["data"]["register"]
    assert data["errors"] == []
    return data["token"]


def test_bearer_tokens_authenticate_and_logout_revokes_at_once(server: ServerProcess) -> None:
    token = register(server, "edge_alice")
    auth = {"Authorization": f"Bearer {token}"}
    assert post(server, json={"query": ME}, headers=auth).json() == {
        "data": {"me": {"username": "edge_alice"}},
        "extensions": {"cost": {"requested": 1, "maximum": 10_000}},
    }
    assert post(server, json={"query": "mutation { logout { revokedSessions } }"}, headers=auth).status_code == 200
    revoked = post(server, json={"query": ME}, headers=auth)
    assert revoked.status_code == 401 and revoked.headers["www-authenticate"].startswith("Bearer")
    assert error_of(revoked)["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("header", ["Bearer pss_not-a-real-token", "Basic dXNlcjpwYXNz", "Bearer", "token-without-scheme"])
def test_bad_credentials_get_401_not_an_anonymous_answer(server: ServerProcess, header: str) -> None:
    response = post(server, json={"query": ME}, headers={"Authorization": header})
    assert response.status_code == 401 and error_of(response)["extensions"]["code"] == "UNAUTHENTICATED"


def test_automatic_persisted_queries_follow_apollos_protocol(server: ServerProcess) -> None:
    query = "{ serverInfo { version } }"
    digest = hashlib.sha256(query.encode()).hexdigest()
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    first = post(server, json={"extensions": extensions})
    assert first.status_code == 200
    assert error_of(first) == {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    registered = post(server, json={"query": query, "extensions": extensions})
    assert registered.json()["data"]["serverInfo"]["version"]
    by_hash = post(server, json={"extensions": extensions})
    assert by_hash.json()["data"] == registered.json()["data"]

    mismatch = post(server, json={"query": "{ me { username } }", "extensions": extensions})
    assert mismatch.status_code == 400 and error_of(mismatch)["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    bad_version = post(server, json={"extensions": {"persistedQuery": {"version": 2, "sha256Hash": digest}}})
    assert bad_version.status_code == 400


def test_batches_run_each_operation_and_are_capped(server: ServerProcess) -> None:
    batch = [{"query": "{ serverInfo { version } }"}, {"query": ME}]
    results = post(server, json=batch).json()
    assert [list(r["data"]) for r in results] == [["serverInfo"], ["me"]]
    too_many = post(server, json=[{"query": ME}] * 4)
    assert too_many.status_code == 400 and "at most 3 operations" in error_of(too_many)["message"]


def test_unexpected_operation_name_is_a_clear_400(server: ServerProcess) -> None:
    response = post(server, json={"query": ME, "operationName": "Nope"})
    assert response.status_code == 400 and "Unknown operation named" in error_of(response)["message"]


@pytest.fixture
def limited_server(fresh_database: str, tmp_path: Path, redis_server: RedisForTests) -> Iterator[list[ServerProcess]]:
    """Two replicas sharing one Redis: the bucket is per client across both.

    A Redis database of their own, emptied (other tests' buckets for 127.0.0.1 must not count),
    and one token per 10 s, so a slow machine cannot refill the bucket between the requests."""
    url = redis_server.url.rsplit("/", 1)[0] + "/8"
    with redis.Redis.from_url(url) as client:
        client.flushdb()
    env = {"DATABASE_URL": fresh_database, "RATE_LIMIT_PER_MINUTE": "6", "RATE_LIMIT_BURST": "3", "REDIS_URL": url}
    replicas = [ServerProcess(env, log_dir=tmp_path).start() for _ in range(2)]
    yield replicas
    for replica in replicas:
        replica.stop()


def test_rate_limits_are_shared_by_replicas_and_answer_429_with_retry_after(limited_server: list[ServerProcess]) -> None:
    a, b = limited_server
    statuses = [post(replica, json={"query": "{ serverInfo { version } }"}).status_code for replica in (a, b, a, b)]
    assert statuses == [200, 200, 200, 429]
    limited = post(a, json={"query": "{ serverInfo { version } }"})
    assert limited.status_code == 429 and 1 <= int(limited.headers["retry-after"]) <= 10
    assert error_of(limited)["extensions"]["code"] == "RATE_LIMITED"


@pytest.fixture
def production_server(fresh_database: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": fresh_database, "PSSCRIPT_PRODUCTION": "true"}, log_dir=tmp_path).start()
    yield process
    process.stop()


def test_production_serves_no_ide_no_get_queries_and_no_introspection(production_server: ServerProcess) -> None:
    url = f"{production_server.base_url}/graphql"
    assert httpx.get(url, headers={"Accept": "text/html"}).status_code == 404
    get_query = httpx.get(url, params={"query": "{ serverInfo { version } }"})
    assert get_query.status_code == 400 and "not allowed" in error_of(get_query)["message"]
    introspection = post(production_server, json={"query": "{ __schema { queryType { name } } }"}).json()
    assert "introspection" in introspection["errors"][0]["message"].lower()
    assert post(production_server, json={"query": "{ serverInfo { version } }"}).json()["data"]["serverInfo"]["version"]
