"""revertScript: the content of an earlier version, saved as a new version."""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db.session import Database
from tests.support.mutations import Cast, error_codes, gid, make_cast, mutate, top_level_error

REVERT = """
mutation($id: ID!, $to: Int!, $expected: Int, $message: String) {
  revertScript(id: $id, toVersion: $to, expectedVersion: $expected, commitMessage: $message) {
    script { content version versionCount latestVersion { commitMessage } }
    errors { code field message }
  }
}"""
UPDATE = "mutation($input: UpdateScriptInput!) { updateScript(input: $input) { errors { code } } }"


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    cast = await make_cast(clean_db)
    for content in ("Get-Date  # v2\n", "Get-Date  # v3\n"):
        payload = await mutate(clean_db, UPDATE, {"input": {"id": cast.public_id, "content": content}}, cast.alice)
        assert payload["errors"] == []
    return cast


async def revert(db: Database, script_id: str, to: int, viewer: Any, **more: Any) -> dict[str, Any]:
    return await mutate(db, REVERT, {"id": script_id, "to": to} | more, viewer)


async def test_revert_saves_the_old_content_as_the_next_version(clean_db: Database, cast: Cast) -> None:
    payload = await revert(clean_db, cast.public_id, 1, cast.alice, expected=3)
    assert payload["errors"] == []
    assert payload["script"] == {
        "content": cast.public.content,
        "version": 4,
        "versionCount": 4,
        "latestVersion": {"commitMessage": "Revert to version 1"},
    }
    again = await revert(clean_db, cast.public_id, 2, cast.admin, message="Back to v2 after all")
    assert again["script"]["content"] == "Get-Date  # v2\n" and again["script"]["version"] == 5
    assert again["script"]["latestVersion"] == {"commitMessage": "Back to v2 after all"}


@pytest.mark.parametrize(("to", "more"), [(0, {}), (3, {}), (7, {}), (-1, {})])
async def test_revert_to_a_version_that_is_not_an_earlier_one_is_invalid(
    clean_db: Database, cast: Cast, to: int, more: dict[str, Any]
) -> None:
    payload = await revert(clean_db, cast.public_id, to, cast.alice, **more)
    assert error_codes(payload) == [("INVALID_VERSION", ["toVersion"])] and payload["script"] is None


async def test_revert_with_a_too_long_commit_message_is_invalid(clean_db: Database, cast: Cast) -> None:
    payload = await revert(clean_db, cast.public_id, 1, cast.alice, message="m" * 501)
    assert error_codes(payload) == [("COMMIT_MESSAGE_TOO_LONG", ["commitMessage"])]


async def test_revert_with_a_stale_expected_version_is_a_conflict(clean_db: Database, cast: Cast) -> None:
    payload = await revert(clean_db, cast.public_id, 1, cast.alice, expected=2)
    assert error_codes(payload) == [("CONFLICT", ["expectedVersion"])]


async def test_revert_of_a_script_with_one_version_explains_itself(clean_db: Database, cast: Cast) -> None:
    payload = await revert(clean_db, cast.private_id, 1, cast.alice)
    assert error_codes(payload) == [("INVALID_VERSION", ["toVersion"])]
    assert "only one version" in payload["errors"][0]["message"]


async def test_revert_of_a_missing_or_invisible_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    for script_id in (gid("Script", 55_555), cast.private_id):
        assert error_codes(await revert(clean_db, script_id, 1, cast.bob)) == [("NOT_FOUND", ["id"])]


async def test_revert_of_another_users_script_is_forbidden(clean_db: Database, cast: Cast) -> None:
    assert error_codes(await revert(clean_db, cast.public_id, 1, cast.bob)) == [("FORBIDDEN", ["id"])]


async def test_revert_needs_a_signed_in_viewer(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, REVERT, {"id": cast.public_id, "to": 1}, ANONYMOUS) == "UNAUTHENTICATED"
