"""The seeded database the differential tests compare both paths on."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.seed.demo import seed_database
from tests.support.differential import LIVE_PRIVATE, viewers_of
from tests.support.recorded_runs import record_runs


@pytest.fixture
async def seeded(clean_db: Database) -> Database:
    await seed_database(clean_db, seed=3)
    async with clean_db.transaction() as session:
        # Uncategorised scripts, and a soft-deleted private one with comments and versions.
        await session.execute(update(models.Script).where(models.Script.id % 9 == 0).values(category_id=None))
        await session.execute(update(models.Script).where(models.Script.id.in_([3, 4])).values(deleted_at=func.now(), is_public=False))
        # A tag only a private script carries: visible to its owner and admins alone (tags/visibility.py).
        private = await session.scalar(select(models.Script.id).where(*LIVE_PRIVATE).order_by(models.Script.id).limit(1))
        tag = models.Tag(name="secret-only")
        session.add(tag)
        await session.flush()
        session.add(models.ScriptTag(script_id=private, tag_id=tag.id))
    viewers = await viewers_of(clean_db)
    async with clean_db.transaction() as session:
        # Other users' runs of the owner's public script, with parameters and errors (recorded_runs.py).
        await record_runs(session, owner_id=viewers["owner"].id, other_id=viewers["other"].id, private_script_id=private)
    return clean_db
