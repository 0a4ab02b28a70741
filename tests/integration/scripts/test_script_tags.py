"""setScriptTags: replace a script's tags, creating new ones."""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error

SET_TAGS = """
mutation($id: ID!, $tags: [String!]!) {
  setScriptTags(id: $id, tags: $tags) { script { tags { name scriptCount } } errors { code field message } }
}"""


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def set_tags(db: Database, script_id: str, tags: list[str], viewer: Any) -> dict[str, Any]:
    return await mutate(db, SET_TAGS, {"id": script_id, "tags": tags}, viewer)


async def test_set_script_tags_replaces_the_tags(clean_db: Database, cast: Cast) -> None:
    first = await set_tags(clean_db, cast.public_id, ["Backup", "azure"], cast.alice)
    assert first["script"]["tags"] == [{"name": "azure", "scriptCount": 1}, {"name": "backup", "scriptCount": 1}]
    second = await set_tags(clean_db, cast.public_id, ["backup", "ad"], cast.alice)
    assert [tag["name"] for tag in second["script"]["tags"]] == ["ad", "backup"]
    assert await count(clean_db, models.ScriptTag) == 2 and await count(clean_db, models.Tag) == 3
    assert (await set_tags(clean_db, cast.public_id, [], cast.admin))["script"]["tags"] == []


@pytest.mark.parametrize(
    ("tags", "code", "field"),
    [
        (["ok", "white space"], "INVALID_TAG", ["tags", "1"]),
        ([""], "INVALID_TAG", ["tags", "0"]),
        (["ünïcode"], "INVALID_TAG", ["tags", "0"]),
        ([f"t{i}" for i in range(11)], "TOO_MANY_TAGS", ["tags"]),
    ],
)
async def test_set_script_tags_rejects_invalid_tags_and_keeps_the_old_ones(
    clean_db: Database, cast: Cast, tags: list[str], code: str, field: list[str]
) -> None:
    await set_tags(clean_db, cast.public_id, ["keep"], cast.alice)
    payload = await set_tags(clean_db, cast.public_id, tags, cast.alice)
    assert error_codes(payload) == [(code, field)]
    assert await count(clean_db, models.Tag) == 1 and await count(clean_db, models.ScriptTag) == 1


async def test_eleven_spellings_of_ten_tags_are_ten_tags(clean_db: Database, cast: Cast) -> None:
    payload = await set_tags(clean_db, cast.public_id, [f"t{i}" for i in range(10)] + ["T0"], cast.alice)
    assert payload["errors"] == [] and len(payload["script"]["tags"]) == 10


async def test_set_script_tags_of_a_missing_or_invisible_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    for script_id in (gid("Script", 31_337), cast.private_id):
        assert error_codes(await set_tags(clean_db, script_id, ["x"], cast.bob)) == [("NOT_FOUND", ["id"])]


async def test_set_script_tags_of_another_users_script_is_forbidden(clean_db: Database, cast: Cast) -> None:
    assert error_codes(await set_tags(clean_db, cast.public_id, ["x"], cast.bob)) == [("FORBIDDEN", ["id"])]
    assert await count(clean_db, models.Tag) == 0


async def test_set_script_tags_needs_a_signed_in_viewer(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, SET_TAGS, {"id": cast.public_id, "tags": []}, ANONYMOUS) == "UNAUTHENTICATED"
