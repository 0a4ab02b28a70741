"""The pool: reads without transaction round trips; idle connections checked before use."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from psscript_graphql.config import Settings
from psscript_graphql.db import engine as engine_module
from psscript_graphql.db.session import Database


async def _backend_pid(db: Database) -> int:
    async with db.read() as session:
        return int(await session.scalar(text("SELECT pg_backend_pid()")))


async def _terminate(url: str, pid: int) -> None:
    killer = Database.from_settings(Settings(db_pool_max=1, db_pool_min=0), url)
    try:
        async with killer.transaction() as session:
            assert await session.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await killer.dispose()


async def test_a_pooled_connection_killed_while_idle_is_replaced_before_the_next_read(
    fresh_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)  # every returned connection counts as idle
    db = Database.from_settings(Settings(db_pool_max=1, db_pool_min=0), fresh_database)
    try:
        victim = await _backend_pid(db)
        await _terminate(fresh_database, victim)
        assert await _backend_pid(db) != victim  # no error: the ping caught it
    finally:
        await db.dispose()


async def test_a_pooled_connection_killed_in_steady_use_fails_once_then_the_pool_recovers(
    fresh_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not idle: no ping, so the read that meets the dead socket fails — the price of skipping
    # a ping on every checkout — and SQLAlchemy discards the connection for the next one.
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 3600.0)
    db = Database.from_settings(Settings(db_pool_max=1, db_pool_min=0), fresh_database)
    try:
        victim = await _backend_pid(db)
        await _terminate(fresh_database, victim)
        with pytest.raises(DBAPIError):
            await _backend_pid(db)
        assert await _backend_pid(db) != victim
    finally:
        await db.dispose()


async def test_reads_run_in_autocommit_and_writes_in_a_transaction(fresh_database: str) -> None:
    db = Database.from_settings(Settings(db_pool_max=1, db_pool_min=0), fresh_database)
    try:
        async with db.read() as session:
            # No transaction block: each statement gets its own transaction id.
            first = await session.scalar(text("SELECT txid_current()"))
            second = await session.scalar(text("SELECT txid_current()"))
            assert first != second
        async with db.transaction() as session:
            first = await session.scalar(text("SELECT txid_current()"))
            second = await session.scalar(text("SELECT txid_current()"))
            assert first == second
    finally:
        await db.dispose()


async def test_snapshot_keeps_transaction_local_settings_that_autocommit_reads_drop(clean_db: Database) -> None:
    set_local = text("SELECT set_config('statement_timeout', '4321', true)")
    async with clean_db.snapshot() as session:
        await session.execute(set_local)
        assert await session.scalar(text("SHOW statement_timeout")) == "4321ms"
    async with clean_db.read() as session:
        await session.execute(set_local)
        assert await session.scalar(text("SHOW statement_timeout")) != "4321ms"  # each statement its own transaction
