"""A missing or broken dependency is one clear line and exit status 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy.engine import make_url

from tests.support.postgres import PostgresForTests
from tests.support.server import free_port


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "psscript_graphql.cli", *args],
        env={**os.environ, "LOG_LEVEL": "error", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_unreachable_database_url_gives_one_line_and_exit_1() -> None:
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/psscript"
    line = _one_error_line(_cli("serve", env={"DATABASE_URL": url}))
    assert line.startswith("psscript-graphql: error: database unreachable at postgresql+asyncpg://nobody@127.0.0.1")
    assert "after 5 attempts" in line


def test_garbage_database_url_gives_one_line_and_exit_1() -> None:
    line = _one_error_line(_cli("migrate", "status", env={"DATABASE_URL": "mysql://x@y/z"}))
    assert "DATABASE_URL is not a usable PostgreSQL URL" in line


def test_bad_setting_gives_one_line_and_exit_1() -> None:
    line = _one_error_line(_cli("serve", env={"PORT": "eighty"}))
    assert line == "psscript-graphql: error: PORT must be a whole number, got 'eighty'"


async def test_database_where_pgvector_cannot_be_created_gives_one_line(pg_server: PostgresForTests) -> None:
    # A role that may connect but not create extensions, on a database without pgvector yet.
    name = await pg_server.create_database()
    await pg_server.admin("DROP ROLE IF EXISTS psscript_limited")
    await pg_server.admin("CREATE ROLE psscript_limited LOGIN")
    try:
        url = make_url(pg_server.url(name)).set(username="psscript_limited").render_as_string(hide_password=False)
        line = _one_error_line(_cli("migrate", "up", env={"DATABASE_URL": url}))
        assert "extension 'vector' cannot be created" in line
    finally:
        await pg_server.drop_database(name)
        await pg_server.admin("DROP ROLE psscript_limited")
