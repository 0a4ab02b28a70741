"""createScript: version 1, tags on the fly, limits, deduplication, one transaction."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, select

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.tags import service as tag_service
from tests.factories import make_category, make_tag
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error

CREATE = """
mutation($input: CreateScriptInput!) {
  createScript(input: $input) {
    duplicateOf
    script {
      id title description content version isPublic fileHash versionCount
      author { username }
      category { name }
      tags { name }
      latestVersion { version commitMessage author { username } }
    }
    errors { code field message }
  }
}"""
CONTENT = "Get-ChildItem -Path C:\\Logs | Remove-Item -WhatIf\n"


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def create(db: Database, cast: Cast, **fields: Any) -> dict[str, Any]:
    viewer = fields.pop("viewer", cast.alice)
    return await mutate(db, CREATE, {"input": {"title": "Clean logs", "content": CONTENT} | fields}, viewer)


async def test_create_script_records_version_one_and_creates_tags(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        category = await make_category(session, name="Maintenance")
        await make_tag(session, name="logs")
    payload = await create(
        clean_db,
        cast,
        title="  Clean logs  ",
        description="Removes old logs.",
        categoryId=gid("Category", category.id),
        tags=["Logs", "cleanup", "logs", " c# "],
        isPublic=True,
    )
    assert payload["errors"] == [] and payload["duplicateOf"] is None
    script = payload["script"]
    assert script["title"] == "Clean logs" and script["content"] == CONTENT and script["version"] == 1
    assert script["isPublic"] is True and script["description"] == "Removes old logs."
    assert script["author"] == {"username": "alice"} and script["category"] == {"name": "Maintenance"}
    assert script["tags"] == [{"name": "c#"}, {"name": "cleanup"}, {"name": "logs"}]
    assert script["versionCount"] == 1
    assert script["latestVersion"] == {"version": 1, "commitMessage": "Initial version", "author": {"username": "alice"}}
    assert await count(clean_db, models.Tag) == 3  # "logs" was reused, not duplicated
    async with clean_db.read() as session:
        version = await session.scalar(select(models.ScriptVersion).where(models.ScriptVersion.version == 1,
                                                                          models.ScriptVersion.content == CONTENT))
    assert version is not None and version.file_hash == script["fileHash"]


async def test_create_script_defaults_to_private_without_category_or_tags(clean_db: Database, cast: Cast) -> None:
    payload = await create(clean_db, cast, commitMessage="First cut")
    script = payload["script"]
    assert script["isPublic"] is False and script["category"] is None and script["tags"] == []
    assert script["latestVersion"]["commitMessage"] == "First cut"
    assert (await mutate(clean_db, "query($id: ID!) { script(id: $id) { id } }", {"id": script["id"]}, cast.bob)) is None


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"title": ""}, "INVALID_TITLE", "title"),
        ({"title": "   "}, "INVALID_TITLE", "title"),
        ({"title": "t" * 201}, "INVALID_TITLE", "title"),
        ({"content": ""}, "CONTENT_BLANK", "content"),
        ({"content": " \n\t "}, "CONTENT_BLANK", "content"),
        ({"content": "é" * (512 * 1024) + "x"}, "CONTENT_TOO_LARGE", "content"),  # 1 MiB + 1 byte, 0.5 Mi characters
        ({"description": "d" * 5001}, "DESCRIPTION_TOO_LONG", "description"),
        ({"commitMessage": "m" * 501}, "COMMIT_MESSAGE_TOO_LONG", "commitMessage"),
        ({"tags": ["ok", "Not valid!"]}, "INVALID_TAG", "tags"),
        ({"tags": ["-leading-dash"]}, "INVALID_TAG", "tags"),
        ({"tags": ["t" * 49]}, "INVALID_TAG", "tags"),
        ({"tags": [f"tag{i}" for i in range(11)]}, "TOO_MANY_TAGS", "tags"),
    ],
)
async def test_create_script_rejects_invalid_input_and_writes_nothing(
    clean_db: Database, cast: Cast, fields: dict[str, Any], code: str, field: str
) -> None:
    payload = await create(clean_db, cast, **fields)
    assert payload["script"] is None
    [(got_code, got_field)] = error_codes(payload)
    assert got_code == code and got_field[:2] == ["input", field]
    assert await count(clean_db, models.Script) == 2  # the cast's two
    assert await count(clean_db, models.ScriptVersion) == 2
    assert await count(clean_db, models.Tag) == 0


async def test_an_invalid_tag_error_points_at_the_tag(clean_db: Database, cast: Cast) -> None:
    payload = await create(clean_db, cast, tags=["fine", "also-fine", "Bad Tag"])
    assert error_codes(payload) == [("INVALID_TAG", ["input", "tags", "2"])]
    assert "Bad Tag" in payload["errors"][0]["message"]


async def test_create_script_accepts_values_at_the_limits(clean_db: Database, cast: Cast) -> None:
    payload = await create(
        clean_db,
        cast,
        title="t" * 200,
        content="é" * (512 * 1024),  # exactly 1 MiB of UTF-8
        description="d" * 5000,
        commitMessage="m" * 500,
        tags=["a" * 48, "c++", "x.y", "x#", *[f"tag{i}" for i in range(6)]],
    )
    assert payload["errors"] == [] and len(payload["script"]["tags"]) == 10


async def test_create_script_with_a_missing_category_is_not_found(clean_db: Database, cast: Cast) -> None:
    payload = await create(clean_db, cast, categoryId=gid("Category", 999_999))
    assert error_codes(payload) == [("NOT_FOUND", ["input", "categoryId"])]
    assert await count(clean_db, models.Script) == 2


async def test_create_script_with_an_id_of_another_type_is_bad_input(clean_db: Database, cast: Cast) -> None:
    code = await top_level_error(
        clean_db, CREATE, {"input": {"title": "x", "content": CONTENT, "categoryId": cast.public_id}}, cast.alice
    )
    assert code == "BAD_USER_INPUT"


async def test_create_script_needs_a_signed_in_viewer(clean_db: Database, cast: Cast) -> None:
    code = await top_level_error(clean_db, CREATE, {"input": {"title": "x", "content": CONTENT}}, ANONYMOUS)
    assert code == "UNAUTHENTICATED"
    assert await count(clean_db, models.Script) == 2


async def test_same_content_from_the_same_author_returns_the_existing_script(clean_db: Database, cast: Cast) -> None:
    first = await create(clean_db, cast, tags=["one"])
    again = await create(clean_db, cast, title="Another title", tags=["two"])
    assert again["errors"] == [] and again["duplicateOf"] == first["script"]["id"]
    assert again["script"]["id"] == first["script"]["id"] and again["script"]["title"] == "Clean logs"
    assert again["script"]["tags"] == [{"name": "one"}]  # nothing of the second call was written
    assert await count(clean_db, models.Script) == 3 and await count(clean_db, models.Tag) == 1


async def test_same_content_from_another_author_or_after_a_delete_is_a_new_script(clean_db: Database, cast: Cast) -> None:
    mine = await create(clean_db, cast)
    bobs = await create(clean_db, cast, viewer=cast.bob)
    assert bobs["duplicateOf"] is None and bobs["script"]["id"] != mine["script"]["id"]
    deleted = await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }",
                           {"id": mine["script"]["id"]}, cast.alice)
    assert deleted["errors"] == []
    anew = await create(clean_db, cast)
    assert anew["duplicateOf"] is None and anew["script"]["id"] != mine["script"]["id"]


async def test_concurrent_creates_of_the_same_content_make_one_script(clean_db: Database, cast: Cast) -> None:
    payloads = await asyncio.gather(*(create(clean_db, cast, title=f"Copy {i}") for i in range(5)))
    ids = {payload["script"]["id"] for payload in payloads}
    assert len(ids) == 1
    assert sorted(payload["duplicateOf"] is None for payload in payloads) == [False] * 4 + [True]
    assert await count(clean_db, models.Script, models.Script.author_id == cast.alice.id) == 3


async def _written_then_fail(monkeypatch: pytest.MonkeyPatch, error: Exception) -> list[tuple[int, int, int]]:
    """Make createScript fail after it wrote the script, its version and its tags; report what the
    transaction had written at that moment (scripts, versions, tags)."""
    real = tag_service.set_script_tags
    seen: list[tuple[int, int, int]] = []

    async def then_fail(session: Any, script_id: int, names: Any, *, field: Any) -> Any:
        await real(session, script_id, names, field=field)
        seen.append(tuple([await session.scalar(select(func.count()).select_from(table))
                           for table in (models.Script, models.ScriptVersion, models.Tag)]))
        raise error

    monkeypatch.setattr(tag_service, "set_script_tags", then_fail)
    return seen


async def test_a_failure_after_the_rows_are_written_leaves_no_script_version_or_tag(
    clean_db: Database, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = await _written_then_fail(monkeypatch, DomainError("INVALID_TAG", "injected failure", field=("tags",)))
    payload = await create(clean_db, cast, tags=["fresh", "new-tag"])
    assert seen == [(3, 3, 2)]  # the transaction had written the script, version 1 and two tags…
    assert error_codes(payload) == [("INVALID_TAG", ["input", "tags"])] and payload["script"] is None
    assert await count(clean_db, models.Script) == 2  # …and none of it survived
    assert await count(clean_db, models.ScriptVersion) == 2
    assert await count(clean_db, models.Tag) == 0 and await count(clean_db, models.ScriptTag) == 0


async def test_an_unexpected_error_after_the_rows_are_written_is_masked_and_rolled_back(
    clean_db: Database, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = await _written_then_fail(monkeypatch, RuntimeError("database went away"))
    code = await top_level_error(clean_db, CREATE, {"input": {"title": "x", "content": CONTENT, "tags": ["t1"]}}, cast.alice)
    assert seen == [(3, 3, 1)] and code == "INTERNAL_SERVER_ERROR"
    assert await count(clean_db, models.Script) == 2 and await count(clean_db, models.Tag) == 0
