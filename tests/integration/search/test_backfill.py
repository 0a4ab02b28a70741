"""Re-embedding: missing, other-model and other-content embeddings are replaced; current ones stay."""

from __future__ import annotations

from sqlalchemy import select, update

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.backfill import ADVISORY_LOCK_KEY, backfill_embeddings
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from tests import factories


async def _models(db: Database) -> dict[int, tuple[str, str]]:
    async with db.read() as session:
        rows = await session.execute(select(models.ScriptEmbedding.script_id, models.ScriptEmbedding.model, models.ScriptEmbedding.content_hash))
        return {row.script_id: (row.model, row.content_hash) for row in rows}


async def test_backfill_embeds_missing_other_model_and_changed_content(clean_db: Database) -> None:
    provider = FeatureHashingProvider()
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        scripts = [await factories.make_script(session, author=author) for _ in range(7)]
    first = await backfill_embeddings(clean_db, provider, batch_size=3)
    assert (first.embedded, first.batches) == (7, 3)
    assert {model for model, _ in (await _models(clean_db)).values()} == {provider.model}

    again = await backfill_embeddings(clean_db, provider)
    assert again.embedded == 0

    async with clean_db.transaction() as session:
        await session.execute(
            update(models.ScriptEmbedding).where(models.ScriptEmbedding.script_id == scripts[0].id).values(model="old-model")
        )
        await session.execute(
            update(models.ScriptEmbedding).where(models.ScriptEmbedding.script_id == scripts[1].id).values(dimensions=1536)
        )
        await session.execute(update(models.Script).where(models.Script.id == scripts[2].id).values(file_hash="0" * 64))
    redo = await backfill_embeddings(clean_db, provider)
    assert redo.embedded == 3
    stored = await _models(clean_db)
    assert stored[scripts[0].id][0] == provider.model and stored[scripts[2].id][1] == "0" * 64


async def test_backfill_leaves_the_work_to_a_process_holding_the_lock(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        await factories.make_script(session, author=await factories.make_user(session))
    async with clean_db.engine.connect() as other_process:
        await other_process.execute(select(models.Script.id).limit(0))
        from sqlalchemy import func

        assert await other_process.scalar(select(func.pg_try_advisory_lock(ADVISORY_LOCK_KEY)))
        report = await backfill_embeddings(clean_db, FeatureHashingProvider())
        assert report.skipped_locked and report.embedded == 0
        await other_process.execute(select(func.pg_advisory_unlock(ADVISORY_LOCK_KEY)))
        await other_process.commit()
    assert (await backfill_embeddings(clean_db, FeatureHashingProvider())).embedded == 1
