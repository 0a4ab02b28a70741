"""updated_at is maintained by the database, so raw SQL updates keep it right."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from psscript_graphql.db.session import Database
from tests import factories


async def _updated_at(db: Database, table: str, row_id: int) -> datetime:
    async with db.read() as session:
        return await session.scalar(text(f"SELECT updated_at FROM {table} WHERE id = :id"), {"id": row_id})


@pytest.mark.parametrize(("table", "assignment"), [("scripts", "title = 'Renamed'"), ("users", "login_attempts = 1")])
async def test_raw_sql_update_moves_updated_at_forward(clean_db: Database, table: str, assignment: str) -> None:
    async with clean_db.transaction() as session:
        owner = await factories.make_user(session)
        script = await factories.make_script(session, author=owner)
        # Backdate so the new value is clearly later than the old one.
        await session.execute(text(f"UPDATE {table} SET updated_at = now() - interval '1 day'"))
    row_id = script.id if table == "scripts" else owner.id
    before = await _updated_at(clean_db, table, row_id)
    async with clean_db.transaction() as session:
        await session.execute(text(f"UPDATE {table} SET {assignment} WHERE id = :id"), {"id": row_id})
    after = await _updated_at(clean_db, table, row_id)
    assert (after - before).total_seconds() > 3600
