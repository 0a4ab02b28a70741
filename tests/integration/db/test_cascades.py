"""Deleting a user or a script removes what belongs to it; categories and log users are unlinked."""

from __future__ import annotations

from sqlalchemy import func, select, text

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories

SCRIPT_CHILDREN = (
    models.ScriptVersion,
    models.ScriptAnalysis,
    models.ScriptEmbedding,
    models.ScriptTag,
    models.ExecutionLog,
    models.Comment,
    models.Favorite,
)


async def _count(db: Database, model: type) -> int:
    async with db.read() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def _script_with_everything(db: Database) -> tuple[models.User, models.User, models.Script]:
    async with db.transaction() as session:
        owner = await factories.make_user(session)
        other = await factories.make_user(session)
        script = await factories.make_script(session, author=owner)
        helper = await factories.make_script(session, author=other)
        tag = await factories.make_tag(session)
        await factories.make_version(session, script=script)
        await factories.make_analysis(session, script=script)
        await factories.make_comment(session, script=script, author=other)
        await factories.make_execution_log(session, script=script, user=other)
        session.add_all(
            [
                models.ScriptTag(script_id=script.id, tag_id=tag.id),
                models.Favorite(user_id=other.id, script_id=script.id),
                models.ScriptDependency(parent_id=helper.id, child_id=script.id),
                models.ScriptEmbedding(
                    script_id=script.id, embedding=[0.1] * models.EMBEDDING_DIMENSIONS, model="test",
                    dimensions=models.EMBEDDING_DIMENSIONS, content_hash=script.file_hash,
                ),
            ]
        )
    return owner, other, script


async def test_deleting_a_script_removes_everything_attached_to_it(clean_db: Database) -> None:
    _, _, script = await _script_with_everything(clean_db)
    for model in SCRIPT_CHILDREN:
        assert await _count(clean_db, model) == 1, model.__name__
    async with clean_db.transaction() as session:
        await session.execute(text("DELETE FROM scripts WHERE id = :id"), {"id": script.id})
    for model in (*SCRIPT_CHILDREN, models.ScriptDependency):
        assert await _count(clean_db, model) == 0, model.__name__
    assert await _count(clean_db, models.Tag) == 1  # tags outlive the scripts that used them


async def test_deleting_a_user_removes_their_scripts_and_unlinks_their_logs(clean_db: Database) -> None:
    owner, other, _ = await _script_with_everything(clean_db)
    async with clean_db.transaction() as session:
        await session.execute(text("DELETE FROM users WHERE id = :id"), {"id": owner.id})
    assert await _count(clean_db, models.Script) == 1  # only `other`'s helper script is left
    for model in SCRIPT_CHILDREN:
        assert await _count(clean_db, model) == 0, model.__name__

    # Deleting the user who ran a script keeps the log but forgets who ran it.
    async with clean_db.transaction() as session:
        helper = await session.scalar(select(models.Script))
        await factories.make_execution_log(session, script=helper, user=other)
        await factories.make_version(session, script=helper)
        survivor = await factories.make_user(session)
        helper.author_id = survivor.id
    async with clean_db.transaction() as session:
        await session.execute(text("DELETE FROM users WHERE id = :id"), {"id": other.id})
    async with clean_db.read() as session:
        log = await session.scalar(select(models.ExecutionLog))
        version = await session.scalar(select(models.ScriptVersion))
    assert log is not None and log.user_id is None
    assert version is not None and version.author_id is None


async def test_deleting_a_category_leaves_its_scripts_uncategorised(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        owner = await factories.make_user(session)
        category = await factories.make_category(session)
        script = await factories.make_script(session, author=owner, category_id=category.id)
    async with clean_db.transaction() as session:
        await session.execute(text("DELETE FROM categories WHERE id = :id"), {"id": category.id})
    async with clean_db.read() as session:
        reloaded = await session.get(models.Script, script.id)
    assert reloaded is not None and reloaded.category_id is None
