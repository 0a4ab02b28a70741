"""createCategory, renameCategory, deleteCategory (admins only)."""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_category
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error

CREATE = """
mutation($name: String!, $description: String) {
  createCategory(name: $name, description: $description) { category { name description scriptCount } errors { code field } }
}"""
RENAME = "mutation($id: ID!, $name: String!) { renameCategory(id: $id, name: $name) { category { name } errors { code field } } }"
DELETE = "mutation($id: ID!) { deleteCategory(id: $id) { categoryId errors { code field } } }"


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def category(db: Database, name: str = "Backup") -> str:
    async with db.transaction() as session:
        return gid("Category", (await make_category(session, name=name)).id)


async def test_create_category(clean_db: Database, cast: Cast) -> None:
    payload = await mutate(clean_db, CREATE, {"name": "  Active   Directory ", "description": " Users and groups. "}, cast.admin)
    assert payload == {
        "category": {"name": "Active Directory", "description": "Users and groups.", "scriptCount": 0},
        "errors": [],
    }


@pytest.mark.parametrize(
    ("variables", "code", "field"),
    [
        ({"name": "   "}, "INVALID_NAME", "name"),
        ({"name": "n" * 65}, "INVALID_NAME", "name"),
        ({"name": "backup"}, "NAME_TAKEN", "name"),  # taken regardless of case
        ({"name": "Fine", "description": "d" * 1001}, "DESCRIPTION_TOO_LONG", "description"),
    ],
)
async def test_create_category_rejects_invalid_names(
    clean_db: Database, cast: Cast, variables: dict[str, Any], code: str, field: str
) -> None:
    await category(clean_db, "Backup")
    payload = await mutate(clean_db, CREATE, variables, cast.admin)
    assert error_codes(payload) == [(code, [field])] and payload["category"] is None
    assert await count(clean_db, models.Category) == 1


async def test_rename_category(clean_db: Database, cast: Cast) -> None:
    category_id = await category(clean_db, "Backup")
    assert await mutate(clean_db, RENAME, {"id": category_id, "name": "Backup & Recovery"}, cast.admin) == {
        "category": {"name": "Backup & Recovery"}, "errors": []
    }
    same = await mutate(clean_db, RENAME, {"id": category_id, "name": "BACKUP & recovery"}, cast.admin)
    assert same["category"] == {"name": "BACKUP & recovery"}  # a new spelling of its own name is fine


async def test_rename_category_rejects_a_taken_or_invalid_name(clean_db: Database, cast: Cast) -> None:
    category_id = await category(clean_db, "Backup")
    await category(clean_db, "Networking")
    assert error_codes(await mutate(clean_db, RENAME, {"id": category_id, "name": "networking"}, cast.admin)) == [
        ("NAME_TAKEN", ["name"])
    ]
    assert error_codes(await mutate(clean_db, RENAME, {"id": category_id, "name": ""}, cast.admin)) == [("INVALID_NAME", ["name"])]


async def test_rename_or_delete_a_missing_category_is_not_found(clean_db: Database, cast: Cast) -> None:
    missing = gid("Category", 5_000)
    assert error_codes(await mutate(clean_db, RENAME, {"id": missing, "name": "x"}, cast.admin)) == [("NOT_FOUND", ["id"])]
    assert error_codes(await mutate(clean_db, DELETE, {"id": missing}, cast.admin)) == [("NOT_FOUND", ["id"])]


async def test_delete_category_keeps_its_scripts(clean_db: Database, cast: Cast) -> None:
    category_id = await category(clean_db, "Backup")
    update = "mutation($input: UpdateScriptInput!) { updateScript(input: $input) { script { category { name } } } }"
    moved = await mutate(clean_db, update, {"input": {"id": cast.public_id, "categoryId": category_id}}, cast.alice)
    assert moved["script"]["category"] == {"name": "Backup"}
    assert await mutate(clean_db, DELETE, {"id": category_id}, cast.admin) == {"categoryId": category_id, "errors": []}
    assert await count(clean_db, models.Category) == 0
    assert await count(clean_db, models.Script) == 2
    script = await mutate(clean_db, "query($id: ID!) { script(id: $id) { category { name } } }", {"id": cast.public_id}, cast.alice)
    assert script == {"category": None}


@pytest.mark.parametrize(
    ("mutation", "variables"),
    [(CREATE, {"name": "x"}), (RENAME, {"id": gid("Category", 1), "name": "x"}), (DELETE, {"id": gid("Category", 1)})],
)
async def test_category_mutations_are_for_admins(clean_db: Database, cast: Cast, mutation: str, variables: dict[str, Any]) -> None:
    assert await top_level_error(clean_db, mutation, variables, cast.alice) == "FORBIDDEN"
    assert await top_level_error(clean_db, mutation, variables, ANONYMOUS) == "UNAUTHENTICATED"


async def test_category_mutations_want_category_ids(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, DELETE, {"id": cast.public_id}, cast.admin) == "BAD_USER_INPUT"
