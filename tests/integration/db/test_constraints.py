"""The database itself rejects rows that break the model's rules."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories


async def _rejects(db: Database, sql: str, params: dict[str, object], constraint: str) -> None:
    with pytest.raises(IntegrityError) as raised:
        async with db.transaction() as session:
            await session.execute(text(sql), params)
    assert constraint in str(raised.value)


@pytest.fixture
async def script(clean_db: Database) -> models.Script:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        return await factories.make_script(session, author=author)


@pytest.mark.parametrize("column", ["security_score", "quality_score", "risk_score"])
@pytest.mark.parametrize("value", [-1, 101])
async def test_analysis_score_outside_0_to_100_is_rejected(
    clean_db: Database, script: models.Script, column: str, value: int
) -> None:
    scores = {"security_score": 50, "quality_score": 50, "risk_score": 50} | {column: value}
    await _rejects(
        clean_db,
        "INSERT INTO script_analysis (script_id, content_hash, security_score, quality_score, risk_score,"
        " analysis_version) VALUES (:id, 'h', :security_score, :quality_score, :risk_score, 'v')",
        {"id": script.id, **scores},
        f"ck_script_analysis_{column}_range",
    )


async def test_second_analysis_for_a_script_is_rejected(clean_db: Database, script: models.Script) -> None:
    async with clean_db.transaction() as session:
        await factories.make_analysis(session, script=script)
    with pytest.raises(IntegrityError, match="uq_script_analysis_script_id"):
        async with clean_db.transaction() as session:
            await factories.make_analysis(session, script=script)


async def test_script_depending_on_itself_is_rejected(clean_db: Database, script: models.Script) -> None:
    await _rejects(
        clean_db,
        "INSERT INTO script_dependencies (parent_id, child_id) VALUES (:id, :id)",
        {"id": script.id},
        "ck_script_dependencies_not_self",
    )


async def test_duplicate_version_number_is_rejected(clean_db: Database, script: models.Script) -> None:
    async with clean_db.transaction() as session:
        await factories.make_version(session, script=script, version=1)
    with pytest.raises(IntegrityError, match="uq_script_versions_script_id_version"):
        async with clean_db.transaction() as session:
            await factories.make_version(session, script=script, version=1)


async def test_duplicate_favorite_is_rejected(clean_db: Database, script: models.Script) -> None:
    sql = "INSERT INTO user_favorites (user_id, script_id) VALUES (:user, :script)"
    params = {"user": script.author_id, "script": script.id}
    async with clean_db.transaction() as session:
        await session.execute(text(sql), params)
    await _rejects(clean_db, sql, params, "pk_user_favorites")


async def test_unknown_execution_status_is_rejected(clean_db: Database, script: models.Script) -> None:
    await _rejects(
        clean_db,
        "INSERT INTO execution_logs (script_id, status, execution_time_ms) VALUES (:id, 'exploded', 1)",
        {"id": script.id},
        "ck_execution_logs_status",
    )


@pytest.mark.parametrize(
    ("column", "first", "second"),
    [("username", "Alice", "alice"), ("email", "Alice@Example.com", "alice@example.COM")],
)
async def test_username_and_email_are_unique_regardless_of_case(
    clean_db: Database, column: str, first: str, second: str
) -> None:
    async with clean_db.transaction() as session:
        await factories.make_user(session, **{column: first})
    with pytest.raises(IntegrityError, match=f"uq_users_lower_{column}"):
        async with clean_db.transaction() as session:
            await factories.make_user(session, **{column: second})


async def test_unknown_role_is_rejected(clean_db: Database) -> None:
    with pytest.raises(IntegrityError, match="ck_users_role"):
        async with clean_db.transaction() as session:
            await factories.make_user(session, role="root")


async def test_duplicate_category_and_tag_names_are_rejected(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        await factories.make_category(session, name="Backup")
        await factories.make_tag(session, name="backup")
    with pytest.raises(IntegrityError, match="uq_categories_name"):
        async with clean_db.transaction() as session:
            await factories.make_category(session, name="Backup")
    with pytest.raises(IntegrityError, match="uq_tags_name"):
        async with clean_db.transaction() as session:
            await factories.make_tag(session, name="backup")
