"""Every CLI failure is one line with the fix, and `serve` says what it serves.

Also: a database migrated down under a running server answers SERVICE_UNAVAILABLE, not an
internal error, and the server recovers once it is migrated up again.
"""

from __future__ import annotations

import socket
from pathlib import Path

import httpx

from tests.e2e.test_startup_errors import _cli, _one_error_line
from tests.support.server import ServerProcess, free_port

SEARCH = {"query": '{ searchScripts(query: "backup", first: 3) { totalCount } }'}


def test_migrating_to_an_unknown_revision_is_one_line_naming_the_known_ones(fresh_database: str) -> None:
    for action in ("down", "up"):
        line = _one_error_line(_cli("migrate", action, "bogus", env={"DATABASE_URL": fresh_database}))
        assert line.startswith(f"psscript-graphql: error: cannot migrate {action} to bogus: Can't locate revision")
        assert "revisions are 0001, 0002" in line
    status = _cli("migrate", "status", env={"DATABASE_URL": fresh_database})
    at, head = status.stdout.strip().removeprefix("database at ").split("; code head ")
    assert status.returncode == 0 and at == head  # nothing changed: still at the head


def test_migrating_down_from_base_says_there_is_nothing_to_revert(fresh_database: str) -> None:
    assert _cli("migrate", "down", "base", env={"DATABASE_URL": fresh_database}).returncode == 0
    line = _one_error_line(_cli("migrate", "down", env={"DATABASE_URL": fresh_database}))
    assert line == "psscript-graphql: error: the database is at base (empty): there is nothing to migrate down"


def test_a_busy_port_is_one_line_with_the_fix(fresh_database: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = _one_error_line(_cli("serve", "--port", str(port), env={"DATABASE_URL": fresh_database, "HOST": "127.0.0.1"}))
    assert line == f"psscript-graphql: error: port {port} is in use: pass --port or set PORT"


def test_bad_command_line_values_are_refused_before_anything_starts() -> None:
    for args, message in ((("--workers", "0"), "must be at least 1"), (("--port", "70000"), "between 0 and 65535")):
        result = _cli("serve", *args, env={"DATABASE_URL": f"postgresql://nobody@127.0.0.1:{free_port()}/x"})
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_the_start_up_line_says_what_is_served(fresh_database: str, tmp_path: Path) -> None:
    for production, served in (("false", "the GraphQL API and GraphiQL at"), ("true", "the GraphQL API (production: no GraphiQL) at")):
        server = ServerProcess({"DATABASE_URL": fresh_database, "PSSCRIPT_PRODUCTION": production}, log_dir=tmp_path).start()
        server.stop()
        line = next(line for line in server.log().splitlines() if line.startswith("psscript-graphql "))
        assert f"serving {served} http://127.0.0.1:{server.port}/graphql (1 process; DATABASE_URL;" in line
        assert ("GraphiQL at" in line) is (production == "false")


def test_a_database_migrated_down_under_a_running_server_answers_service_unavailable(
    fresh_database: str, tmp_path: Path
) -> None:
    server = ServerProcess({"DATABASE_URL": fresh_database, "RESPONSE_CACHE_TTL": "0"}, log_dir=tmp_path).start()
    try:
        assert httpx.post(f"{server.base_url}/graphql", json=SEARCH).json()["data"] == {"searchScripts": {"totalCount": 0}}
        assert _cli("migrate", "down", "0002", env={"DATABASE_URL": fresh_database}).returncode == 0

        answer = httpx.post(f"{server.base_url}/graphql", json=SEARCH).json()
        assert [error["extensions"]["code"] for error in answer["errors"]] == ["SERVICE_UNAVAILABLE"]
        assert answer["errors"][0]["message"] == "The database is unavailable or being migrated; try again shortly."
        assert httpx.get(f"{server.base_url}/readyz").status_code == 503

        assert _cli("migrate", "up", env={"DATABASE_URL": fresh_database}).returncode == 0
        assert httpx.post(f"{server.base_url}/graphql", json=SEARCH).json()["data"] == {"searchScripts": {"totalCount": 0}}
    finally:
        server.stop()
    assert "database unavailable in anonymous operation at searchScripts" in server.log()
    assert "Traceback" not in server.log()
