"""Tags are part of the full-text document: triggers keep scripts.tag_names in step."""

from __future__ import annotations

from sqlalchemy import delete, func, select, text, update

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories


async def _state(db: Database, script_id: int) -> tuple[str, bool, object]:
    async with db.read() as session:
        row = (
            await session.execute(
                select(
                    models.Script.tag_names,
                    models.Script.search_vector.op("@@")(func.to_tsquery("english", "vaulting")),
                    models.Script.updated_at,
                ).where(models.Script.id == script_id)
            )
        ).one()
        return row[0], row[1], row[2]


async def test_tagging_renaming_and_untagging_update_the_search_document_not_updated_at(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        script = await factories.make_script(session, author=await factories.make_user(session))
        await session.execute(text("UPDATE scripts SET updated_at = now() - interval '1 day' WHERE id = :id"), {"id": script.id})
        tags = [await factories.make_tag(session, name=name) for name in ("zeta", "alpha")]
    _, _, updated_at = await _state(clean_db, script.id)

    async with clean_db.transaction() as session:
        session.add_all([models.ScriptTag(script_id=script.id, tag_id=tag.id) for tag in tags])
    assert (await _state(clean_db, script.id))[:2] == ("alpha zeta", False)

    async with clean_db.transaction() as session:
        await session.execute(update(models.Tag).where(models.Tag.name == "zeta").values(name="vaulting"))
    names, found, still = await _state(clean_db, script.id)
    assert (names, found, still) == ("alpha vaulting", True, updated_at)

    async with clean_db.transaction() as session:
        await session.execute(delete(models.ScriptTag).where(models.ScriptTag.tag_id == tags[0].id))
    assert (await _state(clean_db, script.id))[:2] == ("alpha", False)
    async with clean_db.transaction() as session:
        await session.execute(delete(models.Tag).where(models.Tag.id == tags[1].id))
    assert (await _state(clean_db, script.id)) == ("", False, updated_at)
