"""Register, login, tokens (expiry, revocation), password changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select, update

from psscript_graphql.accounts import passwords, service
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.support.graphql import run, run_with_errors

PASSWORD = "correct horse battery"

REGISTER = """
mutation($u: String!, $e: String!, $p: String!) {
  register(username: $u, email: $e, password: $p) { token expiresAt user { username email } errors { code field message } }
}"""
LOGIN = """
mutation($who: String!, $p: String!) {
  login(usernameOrEmail: $who, password: $p) { token user { username email lastLoginAt } errors { code field message } }
}"""
ME = "{ me { username } }"


async def register(db: Database, username: str = "alice", email: str | None = None, password: str = PASSWORD) -> dict[str, Any]:
    data = await run(db, REGISTER, {"u": username, "e": email or f"{username}@example.com", "p": password})
    return data["register"]


async def login(db: Database, who: str, password: str = PASSWORD) -> dict[str, Any]:
    return (await run(db, LOGIN, {"who": who, "p": password}))["login"]


async def viewer_for(db: Database, token: str) -> Viewer | None:
    async with db.transaction() as session:
        return await service.authenticate(session, token)


async def user_row(db: Database, username: str) -> models.User:
    async with db.read() as session:
        return await session.scalar(select(models.User).where(func.lower(models.User.username) == username.lower()))


async def user_count(db: Database) -> int:
    async with db.read() as session:
        return await session.scalar(select(func.count()).select_from(models.User))


async def test_register_signs_in_and_the_token_stands_for_the_new_user(clean_db: Database) -> None:
    payload = await register(clean_db)
    # The new user sees their own email in the payload, though the request was anonymous.
    assert payload["errors"] == [] and payload["user"] == {"username": "alice", "email": "alice@example.com"}
    assert payload["token"].startswith("pss_")
    viewer = await viewer_for(clean_db, payload["token"])
    assert viewer is not None and viewer.role == "user"
    assert (await run(clean_db, ME, viewer=viewer))["me"] == {"username": "alice"}
    async with clean_db.read() as session:
        stored = (await session.scalars(select(models.AuthSession.token_hash))).all()
    assert stored and payload["token"] not in stored  # only the hash is kept


@pytest.mark.parametrize(
    ("username", "email", "password", "code", "field"),
    [
        ("alice", "alice@example.com", "short", "WEAK_PASSWORD", "password"),
        ("alice", "alice@example.com", "xxALICExx-long-enough", "WEAK_PASSWORD", "password"),
        ("alice", "alice@example.com", "a" * 257, "WEAK_PASSWORD", "password"),
        ("alice", "alice@example.com", "aaaaaaaaaaaa", "WEAK_PASSWORD", "password"),
        ("al", "alice@example.com", PASSWORD, "INVALID_USERNAME", "username"),
        ("alice smith", "alice@example.com", PASSWORD, "INVALID_USERNAME", "username"),
        ("alice", "not-an-email", PASSWORD, "INVALID_EMAIL", "email"),
    ],
)
async def test_register_rejects_invalid_input_and_creates_nothing(
    clean_db: Database, username: str, email: str, password: str, code: str, field: str
) -> None:
    payload = await register(clean_db, username, email, password)
    assert payload["token"] is None and payload["user"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [(code, [field])]
    assert await user_count(clean_db) == 0


async def test_register_rejects_taken_username_and_email_case_insensitively(clean_db: Database) -> None:
    await register(clean_db, "alice", "alice@example.com")
    taken_name = await register(clean_db, "ALICE", "other@example.com")
    taken_email = await register(clean_db, "bob", "Alice@Example.com")
    assert [e["code"] for e in taken_name["errors"]] == ["USERNAME_TAKEN"]
    assert [e["code"] for e in taken_email["errors"]] == ["EMAIL_TAKEN"]
    assert await user_count(clean_db) == 1


async def test_login_by_username_or_email_records_last_login(clean_db: Database) -> None:
    await register(clean_db)
    by_name = await login(clean_db, "Alice")
    by_email = await login(clean_db, "ALICE@example.com")
    assert by_name["errors"] == [] and by_email["errors"] == []
    assert by_name["token"] != by_email["token"]
    assert (await user_row(clean_db, "alice")).last_login_at is not None
    assert by_email["user"]["email"] == "alice@example.com" and by_email["user"]["lastLoginAt"] is not None
    # Elsewhere an anonymous reader still sees no email.
    users = await run(clean_db, '{ users(first: 5) { nodes { username email } } }', viewer=ANONYMOUS)
    assert users["users"]["nodes"] == [{"username": "alice", "email": None}]


async def test_unknown_user_gets_the_same_error_and_the_same_hashing_work_as_a_wrong_password(
    clean_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register(clean_db)
    verifications: list[str] = []
    real_verify = passwords.verify_password

    def counting_verify(password_hash: str, password: str) -> bool:
        verifications.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(passwords, "verify_password", counting_verify)
    wrong = await login(clean_db, "alice", "wrong password!")
    unknown = await login(clean_db, "nobody", "wrong password!")
    assert wrong["errors"] == unknown["errors"] == [
        {"code": "INVALID_CREDENTIALS", "field": None, "message": "Wrong username/email or password."}
    ]
    assert len(verifications) == 2  # one full Argon2 verification each: response times match
    assert all(h.startswith("$argon2id$") for h in verifications)


async def test_login_rehashes_a_password_stored_with_older_parameters(clean_db: Database) -> None:
    await register(clean_db)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    async with clean_db.transaction() as session:
        await session.execute(update(models.User).values(password_hash=weak))
    assert (await login(clean_db, "alice"))["errors"] == []
    stored = (await user_row(clean_db, "alice")).password_hash
    assert stored != weak and not passwords.needs_rehash(stored)


async def test_an_expired_token_is_refused(clean_db: Database) -> None:
    token = (await register(clean_db))["token"]
    async with clean_db.transaction() as session:
        await session.execute(update(models.AuthSession).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert await viewer_for(clean_db, token) is None


async def test_logout_makes_the_token_useless_at_once_and_leaves_others_working(clean_db: Database) -> None:
    first = (await register(clean_db))["token"]
    second = (await login(clean_db, "alice"))["token"]
    viewer = await viewer_for(clean_db, first)
    data = await run(clean_db, "mutation { logout { revokedSessions errors { code } } }", viewer=viewer)
    assert data["logout"] == {"revokedSessions": 1, "errors": []}
    assert await viewer_for(clean_db, first) is None
    assert await viewer_for(clean_db, second) is not None


async def test_logout_all_ends_every_session(clean_db: Database) -> None:
    tokens = [(await register(clean_db))["token"]] + [(await login(clean_db, "alice"))["token"] for _ in range(2)]
    viewer = await viewer_for(clean_db, tokens[0])
    data = await run(clean_db, "mutation { logoutAll { revokedSessions } }", viewer=viewer)
    assert data["logoutAll"]["revokedSessions"] == 3
    assert [await viewer_for(clean_db, t) for t in tokens] == [None, None, None]


@pytest.mark.parametrize("mutation", ["logout { revokedSessions }", "logoutAll { revokedSessions }",
                                      'changePassword(currentPassword: "a", newPassword: "b") { errors { code } }'])
async def test_session_mutations_need_a_signed_in_viewer(clean_db: Database, mutation: str) -> None:
    data, errors = await run_with_errors(clean_db, f"mutation {{ {mutation} }}", viewer=ANONYMOUS)
    assert data is None and errors[0]["extensions"]["code"] == "UNAUTHENTICATED"


CHANGE = """mutation($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { user { username } errors { code field } } }"""


async def test_change_password_checks_the_current_one_and_the_policy(clean_db: Database) -> None:
    viewer = await viewer_for(clean_db, (await register(clean_db))["token"])
    wrong = await run(clean_db, CHANGE, {"c": "not my password", "n": "a brand new secret"}, viewer=viewer)
    weak = await run(clean_db, CHANGE, {"c": PASSWORD, "n": "short"}, viewer=viewer)
    same = await run(clean_db, CHANGE, {"c": PASSWORD, "n": PASSWORD}, viewer=viewer)
    assert wrong["changePassword"]["errors"] == [{"code": "WRONG_PASSWORD", "field": ["currentPassword"]}]
    assert weak["changePassword"]["errors"] == [{"code": "WEAK_PASSWORD", "field": ["newPassword"]}]
    assert same["changePassword"]["errors"] == [{"code": "WEAK_PASSWORD", "field": ["newPassword"]}]
    assert (await login(clean_db, "alice"))["errors"] == []  # unchanged


async def test_change_password_signs_out_every_other_session(clean_db: Database) -> None:
    current = (await register(clean_db))["token"]
    other = (await login(clean_db, "alice"))["token"]
    viewer = await viewer_for(clean_db, current)
    data = await run(clean_db, CHANGE, {"c": PASSWORD, "n": "a brand new secret"}, viewer=viewer)
    assert data["changePassword"] == {"user": {"username": "alice"}, "errors": []}
    assert await viewer_for(clean_db, current) is not None
    assert await viewer_for(clean_db, other) is None
    assert (await login(clean_db, "alice"))["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert (await login(clean_db, "alice", "a brand new secret"))["errors"] == []
