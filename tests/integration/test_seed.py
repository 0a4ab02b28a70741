"""Demo data is deterministic, consistent, and never mixed into a database that has users."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select, text

from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.seed.demo import SeedError, seed_database
from tests.conftest import truncate_all


async def _fingerprint(db: Database) -> tuple[object, ...]:
    async with db.read() as session:
        scripts = (await session.execute(text("SELECT md5(string_agg(file_hash || author_id::text, ',' ORDER BY id)) FROM scripts"))).scalar()
        favorites = (await session.execute(text("SELECT md5(string_agg(user_id || ':' || script_id, ',' ORDER BY user_id, script_id)) FROM user_favorites"))).scalar()
    return scripts, favorites


async def test_same_seed_gives_the_same_data_and_another_seed_differs(clean_db: Database) -> None:
    await seed_database(clean_db, seed=7)
    first = await _fingerprint(clean_db)
    await truncate_all(clean_db)
    await seed_database(clean_db, seed=7)
    assert await _fingerprint(clean_db) == first
    await truncate_all(clean_db)
    await seed_database(clean_db, seed=8)
    assert await _fingerprint(clean_db) != first


async def test_seeded_data_is_consistent(clean_db: Database) -> None:
    report = await seed_database(clean_db)
    assert report.counts["users"] == 12 and report.counts["scripts"] == 120
    async with clean_db.read() as session:
        admins = await session.scalar(select(func.count()).where(models.User.role == "admin"))
        # Each script's version number is its newest version, and its content is that version's.
        mismatched = await session.scalar(
            text(
                "SELECT count(*) FROM scripts s JOIN script_versions v"
                " ON v.script_id = s.id AND v.version = s.version WHERE v.file_hash <> s.file_hash"
            )
        )
        missing_versions = await session.scalar(
            text("SELECT count(*) FROM scripts s WHERE NOT EXISTS (SELECT 1 FROM script_versions v WHERE v.script_id = s.id AND v.version = s.version)")
        )
        counts_match = await session.scalar(
            text("SELECT bool_and(s.execution_count = (SELECT count(*) FROM execution_logs l WHERE l.script_id = s.id)) FROM scripts s")
        )
    assert admins == 1
    assert mismatched == 0 and missing_versions == 0
    assert counts_match is True
    # Identity sequences were moved past the explicit ids: a new row gets a fresh id.
    async with clean_db.transaction() as session:
        new_id = (await session.execute(text("INSERT INTO tags (name) VALUES ('brand-new') RETURNING id"))).scalar()
    assert new_id == report.counts["tags"] + 1


async def test_seed_refuses_a_database_that_has_users(clean_db: Database) -> None:
    await seed_database(clean_db)
    with pytest.raises(SeedError, match="already has users"):
        await seed_database(clean_db)


async def test_unknown_size_is_rejected(clean_db: Database) -> None:
    with pytest.raises(SeedError, match="unknown size"):
        await seed_database(clean_db, size="huge")


async def test_every_seeded_script_has_the_analysis_the_analyzer_gives_and_an_embedding(clean_db: Database) -> None:
    from psscript_graphql.analyzer.analyze import analyze_script

    report = await seed_database(clean_db)
    assert report.counts["script_analysis"] == report.counts["script_embeddings"] == report.counts["scripts"]
    async with clean_db.read() as session:
        scripts = {s.id: s for s in await session.scalars(select(models.Script))}
        analyses = list(await session.scalars(select(models.ScriptAnalysis)))
        embedded = await session.scalar(select(func.count()).select_from(models.ScriptEmbedding))
    assert embedded == len(scripts) == len(analyses)
    for analysis in analyses:
        script = scripts[analysis.script_id]
        expected = analyze_script(script.content).to_columns()
        stored = {column: getattr(analysis, column) for column in expected}
        assert stored == expected, script.id
        assert analysis.content_hash == script.file_hash


async def test_seeding_logs_no_slow_query_warnings_and_the_log_still_works_after(
    fresh_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database.from_settings(Settings(slow_query_ms=0, db_pool_min=0, db_pool_max=2), fresh_database)  # 0: log all
    try:
        with caplog.at_level(logging.WARNING, logger="psscript_graphql.slow_query"):
            await seed_database(db)
            assert [r for r in caplog.records if r.name == "psscript_graphql.slow_query"] == []
            async with db.read() as session:
                await session.execute(text("SELECT 1"))
        assert [r.getMessage().split(": ", 1)[1] for r in caplog.records if r.name == "psscript_graphql.slow_query"] == ["SELECT 1"]
    finally:
        await db.dispose()
