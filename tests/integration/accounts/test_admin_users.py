"""setUserRole and unlockUser: admins only; the last admin stays an admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_user
from tests.support.graphql import run_with_errors, viewer_of
from tests.support.mutations import error_codes, gid, mutate, top_level_error

SET_ROLE = "mutation($id: ID!, $role: UserRole!) { setUserRole(userId: $id, role: $role) { user { username role } errors { code field } } }"
UNLOCK = "mutation($id: ID!) { unlockUser(userId: $id) { user { username } errors { code field } } }"


@pytest.fixture
async def people(clean_db: Database) -> dict[str, models.User]:
    async with clean_db.transaction() as session:
        return {
            "admin": await make_user(session, username="root", role="admin"),
            "alice": await make_user(session, username="alice"),
            "locked": await make_user(
                session, username="locked", login_attempts=3, locked_until=datetime.now(UTC) + timedelta(minutes=20)
            ),
        }


async def user(db: Database, user_id: int) -> models.User:
    async with db.read() as session:
        return await session.get(models.User, user_id)


async def set_role(db: Database, target: models.User | str, role: str, viewer: Any) -> dict[str, Any]:
    target_id = target if isinstance(target, str) else gid("User", target.id)
    return await mutate(db, SET_ROLE, {"id": target_id, "role": role}, viewer)


async def test_an_admin_promotes_and_demotes_users(clean_db: Database, people: dict[str, models.User]) -> None:
    admin = viewer_of(people["admin"])
    assert await set_role(clean_db, people["alice"], "ADMIN", admin) == {"user": {"username": "alice", "role": "ADMIN"}, "errors": []}
    assert (await user(clean_db, people["alice"].id)).role == "admin"
    demoted = await set_role(clean_db, people["admin"], "USER", viewer_of(await user(clean_db, people["alice"].id)))
    assert demoted["errors"] == [] and demoted["user"]["role"] == "USER"


async def test_the_last_admin_cannot_be_demoted(clean_db: Database, people: dict[str, models.User]) -> None:
    payload = await set_role(clean_db, people["admin"], "USER", viewer_of(people["admin"]))
    assert error_codes(payload) == [("LAST_ADMIN", ["role"])] and payload["user"] is None
    assert (await user(clean_db, people["admin"].id)).role == "admin"


async def test_set_user_role_of_a_missing_user_is_not_found(clean_db: Database, people: dict[str, models.User]) -> None:
    payload = await set_role(clean_db, gid("User", 123_456), "ADMIN", viewer_of(people["admin"]))
    assert error_codes(payload) == [("NOT_FOUND", ["userId"])]


async def test_set_user_role_is_for_admins(clean_db: Database, people: dict[str, models.User]) -> None:
    variables = {"id": gid("User", people["alice"].id), "role": "ADMIN"}
    assert await top_level_error(clean_db, SET_ROLE, variables, viewer_of(people["alice"])) == "FORBIDDEN"
    assert await top_level_error(clean_db, SET_ROLE, variables, ANONYMOUS) == "UNAUTHENTICATED"
    assert (await user(clean_db, people["alice"].id)).role == "user"


async def test_set_user_role_wants_a_user_id_and_a_known_role(clean_db: Database, people: dict[str, models.User]) -> None:
    admin = viewer_of(people["admin"])
    assert await top_level_error(clean_db, SET_ROLE, {"id": gid("Script", 1), "role": "ADMIN"}, admin) == "BAD_USER_INPUT"
    data, errors = await run_with_errors(clean_db, SET_ROLE, {"id": gid("User", people["alice"].id), "role": "OWNER"}, viewer=admin)
    assert data is None and "OWNER" in errors[0]["message"]  # rejected as an invalid variable


async def test_an_admin_unlocks_a_locked_user(clean_db: Database, people: dict[str, models.User]) -> None:
    payload = await mutate(clean_db, UNLOCK, {"id": gid("User", people["locked"].id)}, viewer_of(people["admin"]))
    assert payload == {"user": {"username": "locked"}, "errors": []}
    row = await user(clean_db, people["locked"].id)
    assert row.locked_until is None and row.login_attempts == 0


async def test_unlock_of_a_missing_user_is_not_found(clean_db: Database, people: dict[str, models.User]) -> None:
    payload = await mutate(clean_db, UNLOCK, {"id": gid("User", 999_999)}, viewer_of(people["admin"]))
    assert error_codes(payload) == [("NOT_FOUND", ["userId"])]


async def test_unlock_user_is_for_admins(clean_db: Database, people: dict[str, models.User]) -> None:
    variables = {"id": gid("User", people["locked"].id)}
    assert await top_level_error(clean_db, UNLOCK, variables, viewer_of(people["alice"])) == "FORBIDDEN"
    assert await top_level_error(clean_db, UNLOCK, variables, ANONYMOUS) == "UNAUTHENTICATED"
    assert (await user(clean_db, people["locked"].id)).locked_until is not None
