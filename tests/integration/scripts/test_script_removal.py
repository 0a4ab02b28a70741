"""deleteScript (soft), restoreScript, purgeScript (admin)."""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_comment
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error

DELETE = "mutation($id: ID!) { deleteScript(id: $id) { scriptId errors { code field } } }"
RESTORE = "mutation($id: ID!) { restoreScript(id: $id) { script { title deletedAt } errors { code field } } }"
PURGE = "mutation($id: ID!) { purgeScript(id: $id) { scriptId errors { code field } } }"
READ = "query($id: ID!) { script(id: $id) { title deletedAt } }"


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def call(db: Database, mutation: str, script_id: str, viewer: Any) -> dict[str, Any]:
    return await mutate(db, mutation, {"id": script_id}, viewer)


async def read(db: Database, script_id: str, viewer: Any) -> Any:
    return await mutate(db, READ, {"id": script_id}, viewer)


async def test_delete_hides_the_script_from_everyone_but_admins(clean_db: Database, cast: Cast) -> None:
    payload = await call(clean_db, DELETE, cast.public_id, cast.alice)
    assert payload == {"scriptId": cast.public_id, "errors": []}
    assert await read(clean_db, cast.public_id, cast.alice) is None
    assert await read(clean_db, cast.public_id, cast.bob) is None
    seen_by_admin = await read(clean_db, cast.public_id, cast.admin)
    assert seen_by_admin["title"] == "Public one" and seen_by_admin["deletedAt"] is not None
    assert await count(clean_db, models.Script) == 2  # soft: the row stays


async def test_an_admin_may_delete_any_script(clean_db: Database, cast: Cast) -> None:
    assert (await call(clean_db, DELETE, cast.private_id, cast.admin))["errors"] == []


async def test_delete_of_a_missing_invisible_or_deleted_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    assert error_codes(await call(clean_db, DELETE, gid("Script", 12_345), cast.bob)) == [("NOT_FOUND", ["id"])]
    assert error_codes(await call(clean_db, DELETE, cast.private_id, cast.bob)) == [("NOT_FOUND", ["id"])]
    await call(clean_db, DELETE, cast.public_id, cast.alice)
    assert error_codes(await call(clean_db, DELETE, cast.public_id, cast.alice)) == [("NOT_FOUND", ["id"])]


async def test_delete_of_another_users_script_is_forbidden(clean_db: Database, cast: Cast) -> None:
    assert error_codes(await call(clean_db, DELETE, cast.public_id, cast.bob)) == [("FORBIDDEN", ["id"])]
    assert await read(clean_db, cast.public_id, cast.bob) is not None


async def test_delete_with_an_id_of_another_type_is_bad_input(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, DELETE, {"id": gid("Tag", 1)}, cast.alice) == "BAD_USER_INPUT"


async def test_restore_brings_a_deleted_script_back_for_its_owner(clean_db: Database, cast: Cast) -> None:
    await call(clean_db, DELETE, cast.private_id, cast.alice)
    payload = await call(clean_db, RESTORE, cast.private_id, cast.alice)
    assert payload == {"script": {"title": "Private one", "deletedAt": None}, "errors": []}
    assert await read(clean_db, cast.private_id, cast.alice) == {"title": "Private one", "deletedAt": None}
    again = await call(clean_db, RESTORE, cast.private_id, cast.alice)  # not deleted: nothing to do
    assert again["errors"] == [] and again["script"]["deletedAt"] is None


async def test_an_admin_may_restore_any_script(clean_db: Database, cast: Cast) -> None:
    await call(clean_db, DELETE, cast.public_id, cast.alice)
    assert (await call(clean_db, RESTORE, cast.public_id, cast.admin))["errors"] == []


async def test_restore_of_someone_elses_deleted_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    await call(clean_db, DELETE, cast.public_id, cast.alice)
    assert error_codes(await call(clean_db, RESTORE, cast.public_id, cast.bob)) == [("NOT_FOUND", ["id"])]
    assert error_codes(await call(clean_db, RESTORE, gid("Script", 4_040), cast.alice)) == [("NOT_FOUND", ["id"])]


async def test_restore_of_someone_elses_visible_script_is_forbidden(clean_db: Database, cast: Cast) -> None:
    assert error_codes(await call(clean_db, RESTORE, cast.public_id, cast.bob)) == [("FORBIDDEN", ["id"])]


async def test_purge_removes_the_script_and_everything_attached(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        await make_comment(session, script=cast.public, author=await session.get(models.User, cast.bob.id))
    await call(clean_db, DELETE, cast.public_id, cast.alice)
    payload = await call(clean_db, PURGE, cast.public_id, cast.admin)
    assert payload == {"scriptId": cast.public_id, "errors": []}
    assert await count(clean_db, models.Script) == 1
    assert await count(clean_db, models.ScriptVersion, models.ScriptVersion.script_id == cast.public.id) == 0
    assert await count(clean_db, models.Comment) == 0
    assert await read(clean_db, cast.public_id, cast.admin) is None


async def test_purge_of_a_missing_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    assert error_codes(await call(clean_db, PURGE, gid("Script", 999), cast.admin)) == [("NOT_FOUND", ["id"])]


async def test_purge_is_for_admins_only(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, PURGE, {"id": cast.public_id}, cast.alice) == "FORBIDDEN"
    assert await count(clean_db, models.Script) == 2


@pytest.mark.parametrize("mutation", [DELETE, RESTORE, PURGE])
async def test_removal_mutations_need_a_signed_in_viewer(clean_db: Database, cast: Cast, mutation: str) -> None:
    assert await top_level_error(clean_db, mutation, {"id": cast.public_id}, ANONYMOUS) == "UNAUTHENTICATED"

