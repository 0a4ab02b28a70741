"""favoriteScript / unfavoriteScript: idempotent, only on scripts the viewer may see."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error
from tests.support.sql_counter import count_statements

FAVORITE = """
mutation($id: ID!) { favoriteScript(scriptId: $id) { script { isFavorite favoriteCount } errors { code field } } }"""
UNFAVORITE = """
mutation($id: ID!) { unfavoriteScript(scriptId: $id) { script { isFavorite favoriteCount } errors { code field } } }"""


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def star(db: Database, mutation: str, script_id: str, viewer: Any) -> dict[str, Any]:
    return await mutate(db, mutation, {"id": script_id}, viewer)


async def test_favorite_and_unfavorite_are_idempotent(clean_db: Database, cast: Cast) -> None:
    on = {"script": {"isFavorite": True, "favoriteCount": 1}, "errors": []}
    off = {"script": {"isFavorite": False, "favoriteCount": 0}, "errors": []}
    assert await star(clean_db, FAVORITE, cast.public_id, cast.bob) == on
    assert await star(clean_db, FAVORITE, cast.public_id, cast.bob) == on
    assert await count(clean_db, models.Favorite) == 1
    assert await star(clean_db, UNFAVORITE, cast.public_id, cast.bob) == off
    assert await star(clean_db, UNFAVORITE, cast.public_id, cast.bob) == off
    assert await count(clean_db, models.Favorite) == 0


async def test_concurrent_favorites_by_one_user_store_one_row(clean_db: Database, cast: Cast) -> None:
    payloads = await asyncio.gather(*(star(clean_db, FAVORITE, cast.public_id, cast.bob) for _ in range(5)))
    assert all(payload["errors"] == [] for payload in payloads)
    assert await count(clean_db, models.Favorite) == 1


async def test_favorite_counts_every_user(clean_db: Database, cast: Cast) -> None:
    await star(clean_db, FAVORITE, cast.public_id, cast.bob)
    payload = await star(clean_db, FAVORITE, cast.public_id, cast.alice)
    assert payload["script"] == {"isFavorite": True, "favoriteCount": 2}


@pytest.mark.parametrize("mutation", [FAVORITE, UNFAVORITE])
async def test_favorites_of_missing_or_invisible_scripts_are_not_found(clean_db: Database, cast: Cast, mutation: str) -> None:
    for script_id in (gid("Script", 40_404), cast.private_id):
        assert error_codes(await star(clean_db, mutation, script_id, cast.bob)) == [("NOT_FOUND", ["scriptId"])]
    assert await count(clean_db, models.Favorite) == 0


async def test_the_owner_and_admins_may_star_a_private_script(clean_db: Database, cast: Cast) -> None:
    assert (await star(clean_db, FAVORITE, cast.private_id, cast.alice))["errors"] == []
    assert (await star(clean_db, FAVORITE, cast.private_id, cast.admin))["script"]["favoriteCount"] == 2


@pytest.mark.parametrize("mutation", [FAVORITE, UNFAVORITE])
async def test_favorite_mutations_need_a_signed_in_viewer_and_a_script_id(clean_db: Database, cast: Cast, mutation: str) -> None:
    assert await top_level_error(clean_db, mutation, {"id": cast.public_id}, ANONYMOUS) == "UNAUTHENTICATED"
    assert await top_level_error(clean_db, mutation, {"id": gid("Tag", 1)}, cast.bob) == "BAD_USER_INPUT"


@pytest.mark.parametrize("mutation", [FAVORITE, UNFAVORITE])
async def test_favorites_of_deleted_scripts_are_not_found_even_for_admins(clean_db: Database, cast: Cast, mutation: str) -> None:
    await star(clean_db, FAVORITE, cast.public_id, cast.bob)
    await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }", {"id": cast.public_id}, cast.alice)
    for viewer in (cast.bob, cast.alice, cast.admin):
        assert error_codes(await star(clean_db, mutation, cast.public_id, viewer)) == [("NOT_FOUND", ["scriptId"])]
    assert await count(clean_db, models.Favorite) == 1  # bob's star from before the delete, untouched


async def test_favorite_writes_and_reads_the_script_in_one_statement(clean_db: Database, cast: Cast) -> None:
    query = "mutation($id: ID!) { favoriteScript(scriptId: $id) { script { id title } errors { code } } }"
    with count_statements(clean_db.engine) as log:
        payload = await mutate(clean_db, query, {"id": cast.public_id}, cast.bob)
    assert payload == {"script": {"id": cast.public_id, "title": "Public one"}, "errors": []}
    assert log.count == 1, log.statements
