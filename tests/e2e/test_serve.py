"""The real server: health, readiness, GraphQL over HTTP, GraphiQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.postgres import PostgresForTests
from tests.support.server import ServerProcess


@pytest.fixture
def server(fresh_database: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": fresh_database}, ("--demo",), log_dir=tmp_path).start()
    yield process
    process.stop()


def test_health_readiness_and_server_info(server: ServerProcess) -> None:
    assert httpx.get(f"{server.base_url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{server.base_url}/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    response = httpx.post(
        f"{server.base_url}/graphql",
        json={"query": "{ serverInfo { version databaseVersion schemaRevision } }"},
    )
    info = response.json()["data"]["serverInfo"]
    assert info["databaseVersion"].split(".")[0].isdigit()
    assert info["schemaRevision"] == ready.json()["revision"]


def test_graphiql_is_served_to_browsers(server: ServerProcess) -> None:
    page = httpx.get(f"{server.base_url}/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "graphiql" in page.text.lower()


def test_readyz_reports_503_while_the_database_is_down_and_200_after(tmp_path: Path) -> None:
    # A server of its own: stopping the shared one would break every other test.
    from tests.support.postgres import start_embedded_for_tests, stop

    pg: PostgresForTests = start_embedded_for_tests(tmp_path / "own")
    app = ServerProcess({"DATABASE_URL": pg.url("postgres")}, log_dir=tmp_path)
    try:
        app.start()
        assert httpx.get(f"{app.base_url}/readyz").status_code == 200
        pg.stop_server()
        down = httpx.get(f"{app.base_url}/readyz", timeout=10)
        assert down.status_code == 503
        assert down.json()["database"] == "unreachable"
        assert httpx.get(f"{app.base_url}/healthz").status_code == 200  # alive, just not ready
        pg.start_server()
        assert httpx.get(f"{app.base_url}/readyz", timeout=10).status_code == 200
    finally:
        app.stop()
        stop(pg)
