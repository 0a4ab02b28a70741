"""Admin database statistics and VACUUM (ANALYZE): permission checks, data, bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_script, make_user
from tests.support.graphql import run, run_with_errors, viewer_of

ADMIN = Viewer(id=1, role="admin")
USER = Viewer(id=2, role="user")

STATS = """
{ databaseAdmin {
    pools { name size inUse idle overflow }
    tables { name totalBytes tableBytes indexBytes liveTuples deadTuples deadTupleRatio lastVacuum lastAnalyze }
    indexes { table name scans sizeBytes isUnique isPrimary unused }
    cacheHitRatio { database tables indexes }
    topStatements(limit: 5) { available reason statements { query calls totalTimeMs meanTimeMs rows } }
} }"""
VACUUM = "mutation($t: String!) { vacuumAnalyze(table: $t) { table { name lastVacuum lastAnalyze } errors { code field message } } }"

FIELDS = ("pools { name }", "tables { name }", "indexes { name }", "cacheHitRatio { database }", "topStatements { available }")


@pytest.mark.parametrize("field", FIELDS)
async def test_every_statistic_requires_an_admin(clean_db: Database, field: str) -> None:
    query = f"{{ databaseAdmin {{ {field} }} }}"
    data, errors = await run_with_errors(clean_db, query, viewer=ANONYMOUS)
    assert data is None and [e["extensions"]["code"] for e in errors] == ["UNAUTHENTICATED"]
    data, errors = await run_with_errors(clean_db, query, viewer=USER)
    assert data is None and [e["extensions"]["code"] for e in errors] == ["FORBIDDEN"]
    assert (await run(clean_db, query, viewer=ADMIN))["databaseAdmin"]


@pytest.mark.parametrize(
    "mutation",
    ['mutation { vacuumAnalyze(table: "scripts") { errors { code } } }', "mutation { purgeExecutionLogs(olderThanDays: 1) { deleted } }"],
)
async def test_maintenance_mutations_require_an_admin(clean_db: Database, mutation: str) -> None:
    _, errors = await run_with_errors(clean_db, mutation, viewer=ANONYMOUS)
    assert [e["extensions"]["code"] for e in errors] == ["UNAUTHENTICATED"]
    _, errors = await run_with_errors(clean_db, mutation, viewer=USER)
    assert [e["extensions"]["code"] for e in errors] == ["FORBIDDEN"]


async def test_statistics_describe_our_tables_and_indexes(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        author = await make_user(session)
        for _ in range(3):
            await make_script(session, author=author)
        await session.execute(text("SELECT pg_stat_force_next_flush()"))
    async with clean_db.transaction() as session:
        await session.execute(text("ANALYZE scripts"))
        # Backends publish statistics lazily (an idle one after up to 10 s); this one at commit.
        await session.execute(text("SELECT pg_stat_force_next_flush()"))
    stats = (await run(clean_db, STATS, viewer=ADMIN))["databaseAdmin"]

    assert stats["pools"] == [{"name": "primary", "size": 10, "inUse": 0, "idle": stats["pools"][0]["idle"], "overflow": 0}]
    tables = {table["name"]: table for table in stats["tables"]}
    assert set(tables) == {table.name for table in models.Base.metadata.sorted_tables}  # ours, and only ours
    scripts = tables["scripts"]
    # PostgreSQL publishes cumulative statistics lazily (another backend's TRUNCATE from an
    # earlier test may land after our inserts), so the count is checked for shape, not value.
    assert scripts["liveTuples"] >= 0 and scripts["totalBytes"] >= scripts["tableBytes"] + scripts["indexBytes"] > 0
    assert scripts["lastAnalyze"] is not None
    assert all(t["deadTupleRatio"] is None or 0 <= t["deadTupleRatio"] <= 1 for t in stats["tables"])
    sizes = [table["totalBytes"] for table in stats["tables"]]
    assert sizes == sorted(sizes, reverse=True)

    indexes = {index["name"]: index for index in stats["indexes"]}
    assert indexes["pk_scripts"]["isPrimary"] and not indexes["pk_scripts"]["unused"]
    assert all(not (i["isUnique"] and i["unused"]) for i in stats["indexes"])  # constraints are never drop candidates
    assert all(i["unused"] == (i["scans"] == 0 and not i["isUnique"]) for i in stats["indexes"])
    ratio = stats["cacheHitRatio"]
    assert ratio["database"] is not None and 0 <= ratio["database"] <= 1


async def test_unused_only_lists_never_scanned_non_unique_indexes(clean_db: Database) -> None:
    unused = (await run(clean_db, "{ databaseAdmin { indexes(unusedOnly: true) { name scans isUnique unused } } }", viewer=ADMIN))
    listed = unused["databaseAdmin"]["indexes"]
    assert listed and all(i["unused"] and i["scans"] == 0 and not i["isUnique"] for i in listed)


async def test_top_statements_report_unavailable_without_the_extension(clean_db: Database) -> None:
    async with clean_db.read() as session:
        installed = await session.scalar(select(func.count()).select_from(text("pg_extension")).where(text("extname = 'pg_stat_statements'")))
    assert installed == 0  # the migrations do not require it
    report = (await run(clean_db, "{ databaseAdmin { topStatements { available reason statements { query } } } }", viewer=ADMIN))
    top = report["databaseAdmin"]["topStatements"]
    assert top == {"available": False, "reason": top["reason"], "statements": []}
    assert "pg_stat_statements" in top["reason"] and "shared_preload_libraries" in top["reason"]


async def test_top_statements_limit_is_checked(clean_db: Database) -> None:
    for limit in (0, 101):
        _, errors = await run_with_errors(clean_db, f"{{ databaseAdmin {{ topStatements(limit: {limit}) {{ available }} }} }}", viewer=ADMIN)
        assert errors[0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "limit"}


async def test_vacuum_analyze_runs_on_one_of_our_tables(clean_db: Database) -> None:
    result = (await run(clean_db, VACUUM, {"t": "scripts"}, viewer=ADMIN))["vacuumAnalyze"]
    assert result["errors"] == []
    assert result["table"]["name"] == "scripts"
    assert result["table"]["lastVacuum"] is not None and result["table"]["lastAnalyze"] is not None


@pytest.mark.parametrize(
    "table",
    ["no_such_table", "pg_class", "alembic_version", "scripts; DROP TABLE users", '"scripts"', "Scripts", "public.scripts", ""],
)
async def test_vacuum_analyze_refuses_anything_but_our_table_names(clean_db: Database, table: str) -> None:
    result = (await run(clean_db, VACUUM, {"t": table}, viewer=ADMIN))["vacuumAnalyze"]
    assert result["table"] is None
    [error] = result["errors"]
    assert error["code"] == "UNKNOWN_TABLE" and error["field"] == ["table"]
    assert "expected one of:" in error["message"] and "scripts" in error["message"]
    async with clean_db.read() as session:  # nothing was dropped along the way
        assert await session.scalar(select(func.count()).select_from(models.User)) == 0


async def test_admin_statistics_as_a_real_admin_user(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        admin = await make_user(session, role="admin")
    data = await run(clean_db, "{ databaseAdmin { pools { name } } }", viewer=viewer_of(admin))
    assert data["databaseAdmin"]["pools"] == [{"name": "primary"}]
