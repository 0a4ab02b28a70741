"""The slow query log names the statement and its duration, never the values bound to it — for
SQLAlchemy's statements and for the compiled read path's prepared statements alike."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select, text

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.engine import create_engine
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.support.graphql import run

SECRET = "needle-7c1e-do-not-log"


async def test_statements_over_the_threshold_are_logged_without_their_parameters(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(Settings(slow_query_ms=0, db_pool_max=1), database_url)
    try:
        with caplog.at_level(logging.WARNING, logger="psscript_graphql.slow_query"):
            async with engine.connect() as conn:
                await conn.execute(select(models.User.id).where(models.User.username == SECRET))
                await conn.execute(text("SELECT :value AS echoed"), {"value": SECRET})
    finally:
        await engine.dispose()
    records = [r for r in caplog.records if r.name == "psscript_graphql.slow_query"]
    statements = [r.statement for r in records]  # type: ignore[attr-defined]
    assert any("FROM users" in s and "WHERE users.username = $1" in s for s in statements)
    assert any(s == "SELECT $1 AS echoed" for s in statements)
    for record in records:
        assert record.duration_ms >= 0  # type: ignore[attr-defined]
        assert SECRET not in record.getMessage() and SECRET not in str(vars(record))


async def test_fast_statements_stay_out_of_the_log(database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    engine = create_engine(Settings(slow_query_ms=60_000, db_pool_max=1), database_url)
    try:
        with caplog.at_level(logging.DEBUG, logger="psscript_graphql.slow_query"):
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
                await conn.execute(text("SELECT pg_sleep(0.05)"))
    finally:
        await engine.dispose()
    assert [r for r in caplog.records if r.name == "psscript_graphql.slow_query"] == []


async def test_a_statement_slower_than_the_threshold_is_logged_and_a_failed_one_does_not_confuse_timing(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(Settings(slow_query_ms=40, db_pool_max=1), database_url)
    try:
        with caplog.at_level(logging.WARNING, logger="psscript_graphql.slow_query"):
            async with engine.connect() as conn:
                with pytest.raises(Exception):
                    await conn.execute(text("SELECT no_such_column FROM users"))
                await conn.rollback()
                await conn.execute(text("SELECT 1"))
                await conn.execute(text("SELECT pg_sleep(0.06)"))
    finally:
        await engine.dispose()
    logged = [r.statement for r in caplog.records if r.name == "psscript_graphql.slow_query"]  # type: ignore[attr-defined]
    assert logged == ["SELECT pg_sleep(0.06)"]


COMPILED_READ = 'query Q($name: String!) { user(username: $name) { username } scripts(first: 1) { totalCount } }'


async def _compiled_read(database_url: str, slow_query_ms: int) -> None:
    db = Database(create_engine(Settings(slow_query_ms=slow_query_ms, db_pool_max=1), database_url))
    reads = compiled_reads(schema, Settings().compiled_plan_cache_size)
    answered = reads.answered
    try:
        data = await run(db, COMPILED_READ, {"name": SECRET}, settings=Settings(compiled_reads=True))
    finally:
        await db.dispose()
    assert data == {"user": None, "scripts": {"totalCount": 0}}
    assert reads.answered == answered + 1  # the compiled path answered, on the raw asyncpg connection


async def test_compiled_read_statements_are_in_the_slow_query_log_without_their_parameters(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="psscript_graphql.slow_query"):
        await _compiled_read(database_url, slow_query_ms=0)
    records = [r for r in caplog.records if r.name == "psscript_graphql.slow_query"]
    compiled = [r for r in records if "concat('{" in r.statement]  # type: ignore[attr-defined]
    # One per root field, in the format of SQLAlchemy's statements: duration and text, no values.
    assert len(compiled) == 2, [r.statement for r in records]  # type: ignore[attr-defined]
    for record in compiled:
        assert record.getMessage() == f"slow query ({record.duration_ms:.1f} ms): {record.statement}"  # type: ignore[attr-defined]
        assert "$1" in record.statement and "\n" not in record.statement  # type: ignore[attr-defined]
        assert SECRET not in record.getMessage() and SECRET not in str(vars(record))


async def test_fast_compiled_statements_stay_out_of_the_log(database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="psscript_graphql.slow_query"):
        await _compiled_read(database_url, slow_query_ms=60_000)
    assert [r for r in caplog.records if r.name == "psscript_graphql.slow_query"] == []
