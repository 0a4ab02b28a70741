"""updateScript: field changes, new versions on new content, expectedVersion conflicts, concurrency."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_category
from tests.support.graphql import run
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error
from tests.support.sql_counter import count_statements

UPDATE = """
mutation($input: UpdateScriptInput!) {
  updateScript(input: $input) {
    script {
      title description content version isPublic fileHash versionCount
      category { name }
      tags { name }
      latestVersion { version commitMessage author { username } }
      versions(first: 10) { nodes { version } }
    }
    errors { code field message }
  }
}"""


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def update(db: Database, script_id: str, viewer: Any, **fields: Any) -> dict[str, Any]:
    return await mutate(db, UPDATE, {"input": {"id": script_id} | fields}, viewer)


async def versions_of(db: Database, script_id: int) -> list[int]:
    async with db.read() as session:
        rows = await session.scalars(
            select(models.ScriptVersion.version).where(models.ScriptVersion.script_id == script_id).order_by(models.ScriptVersion.version)
        )
        return list(rows)


async def test_new_content_makes_the_next_version_with_its_commit_message(clean_db: Database, cast: Cast) -> None:
    payload = await update(clean_db, cast.public_id, cast.alice, content="Get-Date\n", commitMessage="Show the date", expectedVersion=1)
    assert payload["errors"] == []
    script = payload["script"]
    assert script["content"] == "Get-Date\n" and script["version"] == 2 and script["versionCount"] == 2
    assert script["latestVersion"] == {"version": 2, "commitMessage": "Show the date", "author": {"username": "alice"}}
    assert [node["version"] for node in script["versions"]["nodes"]] == [2, 1]
    assert await versions_of(clean_db, cast.public.id) == [1, 2]


async def test_fields_without_new_content_change_in_place(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        category = await make_category(session, name="Tools")
    payload = await update(
        clean_db, cast.public_id, cast.alice,
        title=" Renamed ", description="", isPublic=False, categoryId=gid("Category", category.id), tags=["b", "a"],
        content=cast.public.content,  # the same content: no new version
    )
    script = payload["script"]
    assert payload["errors"] == [] and script["version"] == 1 and script["versionCount"] == 1
    assert (script["title"], script["description"], script["isPublic"]) == ("Renamed", None, False)
    assert script["category"] == {"name": "Tools"} and script["tags"] == [{"name": "a"}, {"name": "b"}]
    cleared = await update(clean_db, cast.public_id, cast.alice, categoryId=None, tags=[])
    assert cleared["script"]["category"] is None and cleared["script"]["tags"] == []
    assert cleared["script"]["title"] == "Renamed"  # absent fields stay


async def test_an_admin_may_update_any_script(clean_db: Database, cast: Cast) -> None:
    payload = await update(clean_db, cast.private_id, cast.admin, content="Write-Output 'admin'\n")
    assert payload["errors"] == [] and payload["script"]["latestVersion"]["author"] == {"username": "root"}


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"title": " "}, "INVALID_TITLE", "title"),
        ({"content": "  "}, "CONTENT_BLANK", "content"),
        ({"content": "x" * (1024 * 1024 + 1)}, "CONTENT_TOO_LARGE", "content"),
        ({"description": "d" * 5001}, "DESCRIPTION_TOO_LONG", "description"),
        ({"content": "Get-Date", "commitMessage": "m" * 501}, "COMMIT_MESSAGE_TOO_LONG", "commitMessage"),
        ({"tags": ["UPPER OK?"]}, "INVALID_TAG", "tags"),
        ({"categoryId": gid("Category", 424242)}, "NOT_FOUND", "categoryId"),
    ],
)
async def test_update_script_rejects_invalid_input_and_changes_nothing(
    clean_db: Database, cast: Cast, fields: dict[str, Any], code: str, field: str
) -> None:
    payload = await update(clean_db, cast.public_id, cast.alice, **({"title": "Changed?"} | fields))
    [(got_code, got_field)] = error_codes(payload)
    assert (got_code, got_field[:2]) == (code, ["input", field]) and payload["script"] is None
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert (row.title, row.content, row.version) == (cast.public.title, cast.public.content, 1)


async def test_update_script_of_a_missing_or_invisible_script_is_the_same_not_found(clean_db: Database, cast: Cast) -> None:
    missing = await update(clean_db, gid("Script", 987_654), cast.bob, title="x")
    private = await update(clean_db, cast.private_id, cast.bob, title="x")
    assert missing["errors"] == private["errors"]
    assert error_codes(private) == [("NOT_FOUND", ["input", "id"])]


async def test_update_script_of_another_users_visible_script_is_forbidden(clean_db: Database, cast: Cast) -> None:
    payload = await update(clean_db, cast.public_id, cast.bob, title="Mine now")
    assert error_codes(payload) == [("FORBIDDEN", ["input", "id"])]
    async with clean_db.read() as session:
        assert (await session.get(models.Script, cast.public.id)).title == "Public one"


async def test_update_script_needs_a_signed_in_viewer(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, UPDATE, {"input": {"id": cast.public_id, "title": "x"}}, ANONYMOUS) == "UNAUTHENTICATED"


async def test_update_script_with_an_id_of_another_type_is_bad_input(clean_db: Database, cast: Cast) -> None:
    code = await top_level_error(clean_db, UPDATE, {"input": {"id": gid("User", cast.alice.id), "title": "x"}}, cast.alice)
    assert code == "BAD_USER_INPUT"


async def test_update_script_deleted_is_not_found(clean_db: Database, cast: Cast) -> None:
    await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }", {"id": cast.public_id}, cast.alice)
    for viewer in (cast.alice, cast.admin):
        assert error_codes(await update(clean_db, cast.public_id, viewer, title="x")) == [("NOT_FOUND", ["input", "id"])]


async def test_update_script_with_a_stale_version_returns_conflict(clean_db: Database, cast: Cast) -> None:
    assert (await update(clean_db, cast.public_id, cast.alice, content="v2", expectedVersion=1))["errors"] == []
    stale = await update(clean_db, cast.public_id, cast.alice, content="my v2", title="Mine", expectedVersion=1)
    assert error_codes(stale) == [("CONFLICT", ["input", "expectedVersion"])]
    assert "version 2" in stale["errors"][0]["message"]
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert (row.content, row.title, row.version) == ("v2", "Public one", 2)


async def test_concurrent_updates_from_the_same_version_let_exactly_one_win(clean_db: Database, cast: Cast) -> None:
    payloads = await asyncio.gather(
        *(update(clean_db, cast.public_id, cast.alice, content=f"Write-Output {i}\n", expectedVersion=1) for i in range(6))
    )
    winners = [p for p in payloads if not p["errors"]]
    losers = [p for p in payloads if p["errors"]]
    assert len(winners) == 1 and len(losers) == 5
    assert all(error_codes(p) == [("CONFLICT", ["input", "expectedVersion"])] for p in losers)
    assert await versions_of(clean_db, cast.public.id) == [1, 2]
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert row.version == 2 and row.content == winners[0]["script"]["content"]


async def test_concurrent_updates_without_expected_version_each_get_their_own_version(clean_db: Database, cast: Cast) -> None:
    payloads = await asyncio.gather(
        *(update(clean_db, cast.public_id, cast.alice, content=f"Write-Output {i}\n") for i in range(8))
    )
    assert all(p["errors"] == [] for p in payloads)
    assert sorted(p["script"]["version"] for p in payloads) == list(range(2, 10))
    assert await versions_of(clean_db, cast.public.id) == list(range(1, 10))  # no gap, no duplicate
    assert await count(clean_db, models.ScriptVersion, models.ScriptVersion.script_id == cast.public.id) == 9


async def test_each_mutation_of_an_operation_reads_the_state_it_left(clean_db: Database, cast: Cast) -> None:
    """Loaders filled by the first mutation's payload must not serve stale rows to the second's."""
    fields = "script { version versionCount tags { name } latestVersion { commitMessage } }"
    operation = f"""
    mutation($id: ID!) {{
      first: updateScript(input: {{id: $id, content: "v2", commitMessage: "two", tags: ["a"]}}) {{ {fields} }}
      second: updateScript(input: {{id: $id, content: "v3", commitMessage: "three", tags: ["b"]}}) {{ {fields} }}
    }}"""
    data = await run(clean_db, operation, {"id": cast.public_id}, viewer=cast.alice)
    assert data["first"]["script"] == {
        "version": 2, "versionCount": 2, "tags": [{"name": "a"}], "latestVersion": {"commitMessage": "two"}
    }
    assert data["second"]["script"] == {
        "version": 3, "versionCount": 3, "tags": [{"name": "b"}], "latestVersion": {"commitMessage": "three"}
    }


async def test_update_script_answers_the_updated_at_the_trigger_wrote_without_reading_the_row_again(
    clean_db: Database, cast: Cast
) -> None:
    query = "mutation($id: ID!) { updateScript(input: {id: $id, title: \"Moved\"}) { script { title updatedAt } errors { code } } }"
    with count_statements(clean_db.engine) as log:
        payload = await mutate(clean_db, query, {"id": cast.public_id}, cast.alice)
    assert log.count == 2, log.statements  # the locked read and the UPDATE … RETURNING updated_at
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert payload["script"] == {"title": "Moved", "updatedAt": row.updated_at.isoformat()}
    assert row.updated_at > cast.public.updated_at


async def test_update_script_with_unchanged_values_writes_nothing(clean_db: Database, cast: Cast) -> None:
    query = "mutation($id: ID!) { updateScript(input: {id: $id, title: \"Public one\", isPublic: true}) { errors { code } } }"
    with count_statements(clean_db.engine) as log:
        assert (await mutate(clean_db, query, {"id": cast.public_id}, cast.alice))["errors"] == []
    assert log.count == 1, log.statements
    async with clean_db.read() as session:
        assert (await session.get(models.Script, cast.public.id)).updated_at == cast.public.updated_at
