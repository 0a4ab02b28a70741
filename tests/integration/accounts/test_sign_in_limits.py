"""Sign-in limits (OWASP's throttling, not a lockout): growing delays per (name, address), a
bucket per address, one password operation per request; a throttled sign-in reads exactly
like a wrong password, and a guesser elsewhere never keeps the owner out."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from redis.asyncio import Redis
from starlette.requests import Request

from psscript_graphql.accounts import passwords
from psscript_graphql.accounts.attempts import CredentialGuard
from psscript_graphql.accounts.throttle import SignInThrottle
from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.support.graphql import viewer_of
from tests.support.redis_server import RedisForTests
from tests import factories

PASSWORD = "correct horse battery"
SETTINGS = replace(Settings(), signin_free_failures=2, signin_rate_per_minute=600, signin_rate_burst=100)
LOGIN = """mutation($who: String!, $p: String!) {
  login(usernameOrEmail: $who, password: $p) { token errors { code field message } }
}"""
GUESSER, OWNER = "198.51.100.7", "203.0.113.9"


def _request(address: str) -> Request:
    return Request({"type": "http", "method": "POST", "path": "/graphql", "headers": [], "client": (address, 50000)})


async def call(
    db: Database, guard: CredentialGuard, query: str, variables: dict[str, Any], *, address: str = GUESSER,
    viewer: Viewer = ANONYMOUS, settings: Settings = SETTINGS,
) -> dict[str, Any]:
    context = Context(
        db=db, settings=settings, request=_request(address), request_id="t", viewer=viewer, credential_guard=guard
    )
    result = await schema.execute(query, variable_values=variables, context_value=context)
    assert result.errors is None, result.errors
    return result.data  # type: ignore[return-value]


async def login(db: Database, guard: CredentialGuard, who: str, password: str, address: str = GUESSER) -> dict[str, Any]:
    return (await call(db, guard, LOGIN, {"who": who, "p": password}, address=address))["login"]


@pytest.fixture
async def alice(clean_db: Database) -> Any:
    async with clean_db.transaction() as session:
        return await factories.make_user(
            session, username="alice", email="alice@example.com", password_hash=passwords.hash_password(PASSWORD)
        )


async def test_a_throttled_sign_in_answers_exactly_like_a_wrong_password_even_with_the_right_one(
    clean_db: Database, alice: Any
) -> None:
    guard = CredentialGuard(SETTINGS)
    wrong = [await login(clean_db, guard, "alice", "wrong password!") for _ in range(3)]  # 2 free, the 3rd sets a delay
    throttled = await login(clean_db, guard, "alice", PASSWORD)
    assert throttled == wrong[0] == {
        "token": None, "errors": [{"code": "INVALID_CREDENTIALS", "field": None, "message": "Wrong username/email or password."}]
    }
    # A name without an account throttles the same way: the throttle tells nobody which accounts exist.
    for _ in range(3):
        await login(clean_db, guard, "nobody", "wrong password!")
    assert await login(clean_db, guard, "nobody", "wrong password!") == throttled


async def test_a_guesser_elsewhere_never_keeps_the_owner_out(clean_db: Database, alice: Any) -> None:
    guard = CredentialGuard(SETTINGS)
    for _ in range(6):
        await login(clean_db, guard, "alice", "wrong password!", address=GUESSER)
    assert (await login(clean_db, guard, "alice", PASSWORD, address=OWNER))["token"]
    assert (await login(clean_db, guard, "alice", PASSWORD, address=GUESSER))["token"] is None


async def test_the_delay_passes_and_a_success_starts_the_address_afresh(clean_db: Database, alice: Any) -> None:
    guard = CredentialGuard(SETTINGS)
    for _ in range(3):
        await login(clean_db, guard, "alice", "wrong password!")
    assert (await login(clean_db, guard, "alice", PASSWORD))["token"] is None
    await asyncio.sleep(1.1)  # the first delay is one second
    assert (await login(clean_db, guard, "alice", PASSWORD))["token"]
    for _ in range(2):  # free again after the success
        await login(clean_db, guard, "alice", "wrong password!")
    assert (await login(clean_db, guard, "alice", PASSWORD))["token"]


async def test_an_admin_lifts_the_delays_on_a_users_name_and_email(clean_db: Database, alice: Any) -> None:
    guard = CredentialGuard(SETTINGS)
    for who in ("alice", "alice@example.com"):
        for _ in range(3):
            await login(clean_db, guard, who, "wrong password!")
    async with clean_db.transaction() as session:
        admin = await factories.make_user(session, role="admin")
    unlock = 'mutation($id: ID!) { unlockUser(userId: $id) { errors { code } } }'
    payload = await call(clean_db, guard, unlock, {"id": factories_gid(alice.id)}, viewer=viewer_of(admin))
    assert payload["unlockUser"]["errors"] == []
    assert (await login(clean_db, guard, "alice", PASSWORD))["token"]
    assert (await login(clean_db, guard, "alice@example.com", PASSWORD))["token"]


def factories_gid(user_id: int) -> str:
    from strawberry.relay import to_base64

    return to_base64("User", user_id)


def test_delays_double_from_the_first_paid_failure_up_to_the_maximum() -> None:
    throttle = SignInThrottle(None, free_failures=3, max_delay_s=60)
    assert [throttle.delay_s(n) for n in range(10)] == [0, 0, 0, 1, 2, 4, 8, 16, 32, 60]
    assert throttle.delay_s(10_000) == 60


@pytest.fixture
async def redis(redis_server: RedisForTests) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server.url.rsplit("/", 1)[0] + "/7")
    await client.flushdb()
    yield client
    await client.aclose()


async def test_with_redis_the_throttle_is_shared_and_counts_the_same(redis: Redis) -> None:
    replicas = [SignInThrottle(redis, free_failures=2, max_delay_s=900) for _ in range(2)]
    waits = [await replicas[n % 2].attempt("Alice ", GUESSER) for n in range(4)]
    assert waits[:3] == [0, 0, 0] and 0.5 < waits[3] <= 1.0  # 2 free, the 3rd sets one second
    assert await replicas[0].attempt("alice", OWNER) == 0  # another address is not throttled
    await replicas[1].succeeded("alice", GUESSER)
    assert await replicas[0].attempt("alice", GUESSER) == 0
    await replicas[0].forget("alice")
    assert await redis.exists("psscript:signin:" + __import__("hashlib").sha256(b"alice").hexdigest()) == 0


async def test_one_password_operation_per_request(
    clean_db: Database, alice: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    verifications: list[str] = []
    real_verify = passwords.verify_password
    monkeypatch.setattr(passwords, "verify_password", lambda h, p: verifications.append(h) or real_verify(h, p))
    aliases = " ".join(f'a{n}: login(usernameOrEmail: "alice", password: "guess {n}!") {{ errors {{ code }} }}' for n in range(3))
    data = await call(clean_db, CredentialGuard(SETTINGS), f"mutation {{ {aliases} }}", {})
    codes = [payload["errors"][0]["code"] for payload in data.values()]
    assert codes == ["INVALID_CREDENTIALS"] + ["TOO_MANY_PASSWORD_OPERATIONS"] * 2
    assert len(verifications) == 1


async def test_the_cost_model_charges_password_checks_and_searches() -> None:
    from graphql import parse

    from psscript_graphql.core.extensions.cost import operation_cost

    def cost(query: str) -> int:
        return operation_cost(schema._schema, parse(query), None, {})

    login = 'login(usernameOrEmail: "a", password: "b") { token }'
    assert cost(f"mutation {{ {login} }}") >= 2_500
    assert cost(f"mutation {{ a: {login} b: {login} c: {login} d: {login} }}") > Settings().max_query_cost
    assert cost('{ searchScripts(query: "x", first: 1) { totalCount } }') >= 100


async def test_sign_ins_and_registrations_share_a_bucket_per_address(clean_db: Database, alice: Any) -> None:
    settings = replace(SETTINGS, signin_rate_per_minute=1, signin_rate_burst=2)
    guard = CredentialGuard(settings)
    register = """mutation($u: String!) { register(username: $u, email: "x@example.com", password: "long enough pass")
      { token errors { code message } } }"""
    first = await call(clean_db, guard, register, {"u": "newcomer"}, settings=settings)
    assert first["register"]["token"]
    assert (await call(clean_db, guard, LOGIN, {"who": "alice", "p": PASSWORD}, settings=settings))["login"]["token"]
    limited = (await call(clean_db, guard, register, {"u": "another"}, settings=settings))["register"]
    assert limited["token"] is None and limited["errors"][0]["code"] == "RATE_LIMITED"
    assert "retry in" in limited["errors"][0]["message"]
    elsewhere = await call(clean_db, guard, register, {"u": "another"}, address=OWNER, settings=settings)
    assert elsewhere["register"]["errors"][0]["code"] == "EMAIL_TAKEN"  # checked: the bucket is per address


async def test_wrong_current_passwords_are_throttled_like_sign_ins(clean_db: Database, alice: Any) -> None:
    guard = CredentialGuard(SETTINGS)
    change = """mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new secret")
      { errors { code field } } }"""
    for _ in range(3):
        await call(clean_db, guard, change, {"c": "wrong password!"}, viewer=viewer_of(alice))
    throttled = await call(clean_db, guard, change, {"c": PASSWORD}, viewer=viewer_of(alice))
    assert throttled["changePassword"]["errors"] == [{"code": "WRONG_PASSWORD", "field": ["currentPassword"]}]
