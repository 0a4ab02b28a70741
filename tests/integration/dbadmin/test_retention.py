"""Execution log retention: only old rows go, in batches, on demand (mutation, CLI) and periodically."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from psscript_graphql.cli import build_parser, cmd_retention
from psscript_graphql.config import ConfigError, Settings
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.dbadmin import retention
from tests.factories import make_execution_log, make_script, make_user
from tests.support.graphql import run

ADMIN = Viewer(id=1, role="admin")
NOW = datetime.now(UTC)
PURGE = "mutation($d: Int!) { purgeExecutionLogs(olderThanDays: $d) { deleted cutoff errors { code field message } } }"


async def logs_aged(db: Database, *days_old: float) -> None:
    async with db.transaction() as session:
        author = await make_user(session)
        script = await make_script(session, author=author)
        for age in days_old:
            await make_execution_log(session, script=script, user=author, created_at=NOW - timedelta(days=age))


async def remaining_ages(db: Database) -> list[int]:
    async with db.read() as session:
        created = await session.scalars(select(models.ExecutionLog.created_at).order_by(models.ExecutionLog.created_at))
        return [round((NOW - at) / timedelta(days=1)) for at in created]


async def test_purge_deletes_only_rows_older_than_the_cutoff_in_batches(clean_db: Database) -> None:
    await logs_aged(clean_db, 400, 100, 91, 89, 1, 0)
    result = await retention.purge_execution_logs(clean_db.engine, older_than_days=90, batch_size=2, now=NOW)
    assert result.deleted == 3
    assert result.batches == 2  # 2 + 1: the short second batch says nothing is left
    assert result.cutoff == NOW - timedelta(days=90)
    assert await remaining_ages(clean_db) == [89, 1, 0]
    again = await retention.purge_execution_logs(clean_db.engine, older_than_days=90, now=NOW)
    assert again.deleted == 0


async def test_purge_refuses_a_retention_outside_its_range(clean_db: Database) -> None:
    await logs_aged(clean_db, 5)
    for days in (0, -1, retention.MAX_RETENTION_DAYS + 1):
        try:
            await retention.purge_execution_logs(clean_db.engine, older_than_days=days)
        except ValueError as error:
            assert "between 1 and" in str(error)
        else:
            raise AssertionError(f"{days} was accepted")
    assert await remaining_ages(clean_db) == [5]


async def test_purge_mutation_deletes_old_logs_for_an_admin(clean_db: Database) -> None:
    await logs_aged(clean_db, 40, 31, 29)
    result = (await run(clean_db, PURGE, {"d": 30}, viewer=ADMIN))["purgeExecutionLogs"]
    assert result["errors"] == [] and result["deleted"] == 2
    assert datetime.fromisoformat(result["cutoff"]) <= datetime.now(UTC) - timedelta(days=30)
    assert await remaining_ages(clean_db) == [29]


async def test_purge_mutation_with_a_bad_age_changes_nothing(clean_db: Database) -> None:
    await logs_aged(clean_db, 40)
    for days in (0, -5, 100_000):
        result = (await run(clean_db, PURGE, {"d": days}, viewer=ADMIN))["purgeExecutionLogs"]
        assert result["deleted"] == 0 and result["cutoff"] is None
        assert result["errors"] == [
            {"code": "OUT_OF_RANGE", "field": ["olderThanDays"], "message": "olderThanDays must be between 1 and 36500."}
        ]
    assert await remaining_ages(clean_db) == [40]


async def test_periodic_retention_purges_in_the_background_until_stopped(clean_db: Database) -> None:
    await logs_aged(clean_db, 120, 95, 10)
    task = retention.PeriodicRetention(clean_db.engine, older_than_days=90, interval_s=0.05)
    task.start()
    try:
        for _ in range(100):
            if await remaining_ages(clean_db) == [10]:
                break
            await asyncio.sleep(0.05)
        assert await remaining_ages(clean_db) == [10]
    finally:
        await task.stop()
    await logs_aged(clean_db, 200)
    await asyncio.sleep(0.2)
    assert await remaining_ages(clean_db) == [200, 10]  # stopped means stopped


async def test_periodic_purge_skips_while_another_process_holds_the_lock(clean_db: Database) -> None:
    await logs_aged(clean_db, 100)
    async with clean_db.engine.connect() as other:
        await other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": retention.ADVISORY_LOCK_KEY})
        assert await retention.purge_if_no_one_else_is(clean_db.engine, older_than_days=90) is None
        assert await remaining_ages(clean_db) == [100]
        await other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": retention.ADVISORY_LOCK_KEY})
        await other.commit()
    result = await retention.purge_if_no_one_else_is(clean_db.engine, older_than_days=90)
    assert result is not None and result.deleted == 1


async def test_retention_command_purges_with_the_configured_age(clean_db: Database, database_url: str) -> None:
    await logs_aged(clean_db, 50, 20)
    env = {**os.environ, "DATABASE_URL": database_url, "EXECUTION_LOG_RETENTION_DAYS": "30"}
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "psscript_graphql.cli", "retention"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("deleted 1 execution logs created before ")
    assert await remaining_ages(clean_db) == [20]
    args = build_parser().parse_args(["retention", "--older-than-days", "0"])
    with pytest.raises(ConfigError) as refused:  # `main` prints it as one line and exits 1
        cmd_retention(args, Settings(database_url=database_url))
    assert str(refused.value) == "--older-than-days must be between 1 and 36500, got 0"
    assert await remaining_ages(clean_db) == [20]
