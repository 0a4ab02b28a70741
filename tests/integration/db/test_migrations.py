"""The migrated schema equals the models, and every revision goes down and up again."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncEngine

from psscript_graphql.config import Settings
from psscript_graphql.db import migrate, models
from psscript_graphql.db.engine import create_engine


@pytest.fixture
async def engine(fresh_database: str) -> AsyncIterator[AsyncEngine]:
    eng = create_engine(Settings(), fresh_database, pool_max=2)
    yield eng
    await eng.dispose()


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
    return compare_metadata(context, models.Base.metadata)


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        return {row[0] for row in rows}


async def test_migrated_schema_has_no_drift_from_models(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        assert await conn.run_sync(_diff) == []


async def test_drift_check_reports_a_missing_index(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.execute(text("DROP INDEX ix_scripts_title_trgm"))
        await conn.execute(text("DROP INDEX uq_users_lower_email"))
    async with engine.connect() as conn:
        diff = await conn.run_sync(_diff)
    added = {entry[1].name for entry in diff if entry[0] == "add_index"}
    assert added == {"ix_scripts_title_trgm", "uq_users_lower_email"}


async def test_downgrade_to_base_then_upgrade_round_trips(engine: AsyncEngine) -> None:
    expected = set(models.Base.metadata.tables) | {"alembic_version"}
    assert await _tables(engine) == expected

    await migrate.downgrade(engine, "base")
    assert await _tables(engine) == {"alembic_version"}
    async with engine.connect() as conn:
        functions = await conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'set_updated_at'"))
        assert functions.scalar() == 0

    await migrate.upgrade(engine, "head")
    assert await _tables(engine) == expected
    async with engine.connect() as conn:
        assert await conn.run_sync(_diff) == []
    assert await migrate.status(engine) == (migrate.head_revision(), migrate.head_revision())


async def test_every_updated_at_table_has_its_trigger(engine: AsyncEngine) -> None:
    with_column = {
        table.name for table in models.Base.metadata.tables.values() if "updated_at" in table.columns
    }
    assert with_column == set(models.UPDATED_AT_TABLES)
    async with engine.connect() as conn:
        rows = await conn.execute(
            text("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE 'trg_%_updated_at'")
        )
        assert {row[0] for row in rows} == with_column


async def test_every_foreign_key_is_the_leading_column_of_an_index(engine: AsyncEngine) -> None:
    query = text(
        """
        SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f'
          AND NOT EXISTS (
            SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]
          )
        """
    )
    async with engine.connect() as conn:
        unindexed = (await conn.execute(query)).all()
    assert unindexed == []
