"""/metrics after real traffic, JSON logs with request ids, on a real uvicorn."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.server import ServerProcess

SERVER_VERSION = "query ServerVersion { serverInfo { version databaseVersion } }"


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(metrics: dict, name: str, **labels: str) -> float | None:
    return metrics.get((name, frozenset(labels.items())))


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {
        "DATABASE_URL": module_database,
        "DB_POOL_MAX": "4",
        "DB_POOL_MIN": "1",
        "LOG_LEVEL": "info",
        "LOG_FORMAT": "json",
        "SLOW_QUERY_MS": "0",  # every statement is "slow": each one logs, with the request id
    }
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("server")).start()
    yield process
    process.stop()


def test_metrics_count_operations_errors_and_pool(server: ServerProcess) -> None:
    with httpx.Client(base_url=server.base_url) as client:
        for _ in range(3):
            ok = client.post("/graphql", json={"query": SERVER_VERSION, "operationName": "ServerVersion"})
            assert ok.status_code == 200 and "errors" not in ok.json()
        invalid = client.post("/graphql", json={"query": "query Broken { noSuchField }"})
        assert invalid.json()["errors"]
        denied = client.post("/graphql", json={"query": "query Pools { databaseAdmin { pools { name } } }"})
        assert denied.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    metrics = samples(response.text)

    assert value(metrics, "psscript_graphql_operations_total", operation="ServerVersion", type="query") == 3
    assert value(metrics, "psscript_graphql_operation_duration_seconds_count", operation="ServerVersion", type="query") == 3
    assert value(metrics, "psscript_graphql_operations_total", operation="Broken", type="query") == 1
    assert value(metrics, "psscript_graphql_errors_total", code="GRAPHQL_VALIDATION_FAILED") == 1
    assert value(metrics, "psscript_graphql_errors_total", code="UNAUTHENTICATED") == 1
    assert value(metrics, "psscript_http_requests_total", method="POST", route="/graphql", status="200") == 5
    assert value(metrics, "psscript_http_request_duration_seconds_count", method="POST", route="/graphql") == 5
    assert value(metrics, "psscript_db_pool_size", pool="primary") == 4
    in_use = value(metrics, "psscript_db_pool_connections", pool="primary", state="in_use")
    idle = value(metrics, "psscript_db_pool_connections", pool="primary", state="idle")
    assert in_use == 0 and idle is not None and 1 <= idle <= 4  # between requests every connection is back
    assert value(metrics, "psscript_active_subscriptions", operation="anonymous") in (None, 0)
    assert value(metrics, "process_resident_memory_bytes") is not None  # the client's process collector


def test_unknown_paths_share_one_route_label(server: ServerProcess) -> None:
    for path in ("/a", "/b", "/c/d"):
        assert httpx.get(server.base_url + path).status_code == 404
    metrics = samples(httpx.get(server.base_url + "/metrics").text)
    assert value(metrics, "psscript_http_requests_total", method="GET", route="other", status="404") == 3
    assert not any(("route", "/a") in labels for _, labels in metrics)


def json_lines(log: str) -> list[dict]:
    lines = [line for line in log.splitlines() if line.startswith("{")]
    return [json.loads(line) for line in lines]


def test_json_log_lines_carry_the_request_id_which_is_echoed(server: ServerProcess) -> None:
    response = httpx.post(
        f"{server.base_url}/graphql", json={"query": SERVER_VERSION}, headers={"X-Request-ID": "trace-4711"}
    )
    assert response.headers["x-request-id"] == "trace-4711"
    entries = [entry for entry in json_lines(server.log()) if entry.get("request_id") == "trace-4711"]
    loggers = {entry["logger"] for entry in entries}
    assert "psscript_graphql.slow_query" in loggers  # logged inside SQLAlchemy, still knows the request
    assert "uvicorn.access" in loggers
    slow = next(entry for entry in entries if entry["logger"] == "psscript_graphql.slow_query")
    assert "server_version" in slow["statement"] and slow["duration_ms"] >= 0
    assert {"time", "level", "message"} <= slow.keys()


def test_unsafe_request_ids_are_replaced_by_generated_ones(server: ServerProcess) -> None:
    for unsafe in ("x" * 65, "has space", "quote\"d"):
        response = httpx.get(f"{server.base_url}/healthz", headers={"X-Request-ID": unsafe})
        echoed = response.headers["x-request-id"]
        assert echoed != unsafe and len(echoed) == 32 and all(c in "0123456789abcdef" for c in echoed)
    generated = httpx.get(f"{server.base_url}/healthz").headers["x-request-id"]
    assert len(generated) == 32


def test_every_line_of_a_json_server_log_is_json(server: ServerProcess) -> None:
    httpx.post(f"{server.base_url}/graphql", json={"query": "{ serverInfo { version } }"})
    lines = [line for line in server.log().splitlines() if line.strip()]
    # The banner `serve` prints before logging starts is the one plain line.
    assert [line for line in lines if not line.startswith("{")] == [
        line for line in lines if line.startswith("psscript-graphql ")
    ]
    assert all(isinstance(entry["message"], str) for entry in json_lines(server.log()))


def test_cache_hits_misses_and_queue_depth_are_reported(server: ServerProcess) -> None:
    # dependencyTree is not compiled (docs/compiled-reads.md): this page runs the resolvers and their list cache.
    query = {"query": "query Newest { scripts(first: 5) { totalCount nodes { title dependencyTree(maxDepth: 1) { depth } } } }"}
    for _ in range(3):
        assert httpx.post(f"{server.base_url}/graphql", json=query).status_code == 200
    metrics = samples(httpx.get(f"{server.base_url}/metrics").text)
    misses = value(metrics, "psscript_cache_misses_total", cache="response")
    hits = value(metrics, "psscript_cache_hits_total", cache="response")
    assert misses is not None and misses >= 1
    assert hits is not None and hits >= 2  # the same page twice more: the whole response from the cache
    assert value(metrics, "psscript_cache_misses_total", cache="scripts:page") is not None  # the first, computed
    assert value(metrics, "psscript_queue_depth", queue="analysis") == 0
