"""Websockets on two real replicas sharing one database: errors in the protocol's own shape,
credentials never silently anonymous, and sockets that end with their session."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import websockets
from sqlalchemy import text

from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from tests.support.analysis_clients import LEGACY_WS, TRANSPORT_WS, graphql, register
from tests.support.postgres import PostgresForTests
from tests.support.redis_server import RedisForTests
from tests.support.server import ServerProcess

PROTOCOLS = [TRANSPORT_WS, LEGACY_WS]
WAIT_S = 8  # the watch checks every second here; a close must come well within this
ME = "{ me { username } }"
CREATE = 'mutation { createScript(input: {title: "Socket", content: "Get-Date"}) { script { id } errors { code } } }'
FOLLOW = "subscription($s: ID!) { analysisProgress(scriptId: $s) { status } }"


@pytest.fixture(scope="module")
async def database(pg_server: PostgresForTests, template_database: str) -> AsyncIterator[str]:
    name = await pg_server.create_database(template=template_database)
    yield pg_server.url(name)
    await pg_server.drop_database(name)


@pytest.fixture(scope="module")
def replicas(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ServerProcess]]:
    env = {"DATABASE_URL": database, "WS_SESSION_CHECK_S": "1", "EMBEDDING_BACKFILL_ON_START": "false"}
    log_dir = tmp_path_factory.mktemp("ws-sessions")
    servers = [ServerProcess(env, log_dir=log_dir).start() for _ in range(2)]
    yield servers
    for server in servers:
        server.stop()


def ws_url(server: ServerProcess) -> str:
    return server.base_url.replace("http", "ws") + "/graphql"


async def connect(
    server: ServerProcess, protocol: str, payload: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> Any:
    socket = await websockets.connect(ws_url(server), subprotocols=[protocol], additional_headers=headers)
    await socket.send(json.dumps({"type": "connection_init", "payload": payload or {}}))
    return socket


async def receive(socket: Any) -> dict[str, Any]:
    while True:
        message = json.loads(await asyncio.wait_for(socket.recv(), timeout=WAIT_S))
        if message["type"] != "ka":  # the legacy protocol's keep-alives
            return message


async def close_code(socket: Any) -> int | None:
    with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(socket.recv(), timeout=WAIT_S)
    return closed.value.rcvd.code if closed.value.rcvd else None


def start(protocol: str, id: str, query: str, variables: dict[str, Any] | None = None) -> str:
    kind = "subscribe" if protocol == TRANSPORT_WS else "start"
    return json.dumps({"type": kind, "id": id, "payload": {"query": query, "variables": variables or {}}})


def assert_clean_logs(*servers: ServerProcess) -> None:
    for server in servers:
        log = server.log()
        for sign in ("Traceback", "Exception in worker task", "never retrieved", "never awaited"):
            assert sign not in log, log


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_a_syntax_error_is_answered_with_the_protocols_error_message(replicas: list[ServerProcess], protocol: str) -> None:
    socket = await connect(replicas[0], protocol)
    assert (await receive(socket))["type"] == "connection_ack"
    await socket.send(start(protocol, "1", "subscription { analysisProgress("))
    message = await receive(socket)
    await socket.close()
    assert message["type"] == "error" and message["id"] == "1"
    errors = message["payload"] if protocol == TRANSPORT_WS else [message["payload"]]
    assert "Syntax Error" in errors[0]["message"]
    await asyncio.sleep(0.3)
    assert_clean_logs(*replicas)


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_the_21st_subscription_is_refused_with_a_code(replicas: list[ServerProcess], protocol: str) -> None:
    _, token = register(replicas[0].base_url)
    script = graphql(replicas[0].base_url, CREATE, token=token)["createScript"]["script"]["id"]
    socket = await connect(replicas[0], protocol, {"authorization": f"Bearer {token}"})
    assert (await receive(socket))["type"] == "connection_ack"
    for n in range(21):
        await socket.send(start(protocol, str(n), FOLLOW, {"s": script}))
    message = await receive(socket)
    while message.get("id") != "20":
        message = await receive(socket)  # progress of the script's first analysis, if it is still running
    await socket.close()
    assert message["type"] == "error"
    error = message["payload"][0] if protocol == TRANSPORT_WS else message["payload"]
    assert error["extensions"]["code"] == "SUBSCRIPTION_LIMIT_REACHED" and "20" in error["message"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("payload", [{"authorization": 123}, {"authorization": ["Bearer x"]}, {"token": 42}])
async def test_credentials_that_are_not_a_string_are_refused(replicas: list[ServerProcess], protocol: str, payload: dict) -> None:
    socket = await connect(replicas[0], protocol, payload)
    assert await close_code(socket) == 4403


async def test_legacy_protocol_closes_4403_for_a_revoked_token(replicas: list[ServerProcess]) -> None:
    _, token = register(replicas[0].base_url)
    graphql(replicas[0].base_url, "mutation { logout { revokedSessions } }", token=token)
    socket = await connect(replicas[0], LEGACY_WS, {"authorization": f"Bearer {token}"})
    assert (await receive(socket))["type"] == "connection_error"
    assert await close_code(socket) == 4403


async def test_an_authorization_header_on_the_upgrade_is_honoured_and_a_bad_one_refused(replicas: list[ServerProcess]) -> None:
    _, token = register(replicas[0].base_url)
    me = graphql(replicas[0].base_url, ME, token=token)["me"]["username"]
    socket = await connect(replicas[0], TRANSPORT_WS, headers={"Authorization": f"Bearer {token}"})
    assert (await receive(socket))["type"] == "connection_ack"
    await socket.send(start(TRANSPORT_WS, "1", ME))
    assert (await receive(socket))["payload"]["data"] == {"me": {"username": me}}
    await socket.close()
    for protocol in PROTOCOLS:
        bad = await connect(replicas[0], protocol, headers={"Authorization": "Bearer pss_wrong"})
        assert await close_code(bad) == 4403
    conflicting = await connect(
        replicas[0], TRANSPORT_WS, {"authorization": "Bearer pss_other"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert await close_code(conflicting) == 4403


async def _login(server: ServerProcess, token: str) -> str:
    """A second session of the user behind `token`."""
    username = graphql(server.base_url, ME, token=token)["me"]["username"]
    query = 'mutation($u: String!) { login(usernameOrEmail: $u, password: "long-enough-pass") { token } }'
    return graphql(server.base_url, query, {"u": username})["login"]["token"]


async def _sql(database: str, statement: str, **values: Any) -> None:
    db = Database.from_settings(Settings(db_pool_min=0, db_pool_max=1), database)
    try:
        async with db.transaction() as session:
            await session.execute(text(statement), values)
    finally:
        await db.dispose()


ENDINGS = ["logout elsewhere", "logoutAll here", "changePassword", "setUserRole", "expiry"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("ending", ENDINGS)
async def test_open_sockets_close_with_4403_when_their_session_ends(
    replicas: list[ServerProcess], database: str, protocol: str, ending: str
) -> None:
    here, elsewhere = replicas
    user_id, token = register(here.base_url)
    script = graphql(here.base_url, CREATE, token=token)["createScript"]["script"]["id"]
    socket = await connect(here, protocol, {"authorization": f"Bearer {token}"})
    assert (await receive(socket))["type"] == "connection_ack"
    await socket.send(start(protocol, "1", FOLLOW, {"s": script}))
    await asyncio.sleep(0.3)
    if ending == "logout elsewhere":  # another replica: seen through the database
        graphql(elsewhere.base_url, "mutation { logout { revokedSessions } }", token=token)
    elif ending == "logoutAll here":
        graphql(here.base_url, "mutation { logoutAll { revokedSessions } }", token=token)
    elif ending == "changePassword":  # signs out every other session
        other = await _login(here, token)
        change = 'mutation { changePassword(currentPassword: "long-enough-pass", newPassword: "another-long-pass") { errors { code } } }'
        assert graphql(elsewhere.base_url, change, token=other)["changePassword"]["errors"] == []
    elif ending == "setUserRole":
        _, admin_token = register(here.base_url)
        await _sql(database, "UPDATE users SET role = 'admin' WHERE id = (SELECT user_id FROM auth_sessions ORDER BY id DESC LIMIT 1)")
        target = graphql(here.base_url, ME.replace("username", "id"), token=token)["me"]["id"]
        promote = 'mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { errors { code } } }'
        assert graphql(here.base_url, promote, {"id": target}, token=admin_token)["setUserRole"]["errors"] == []
    else:
        await _sql(database, "UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE user_id = :u", u=user_id)
    assert await close_code(socket) == 4403
    still = httpx.post(f"{here.base_url}/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {token}"})
    assert still.status_code == (200 if ending == "setUserRole" else 401)  # a new role, the same token
    assert_clean_logs(*replicas)


@pytest.fixture(scope="module")
def redis_replicas(database: str, redis_server: RedisForTests, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ServerProcess]]:
    """Replicas whose interval check is far away: only the event broker can close a socket in time."""
    env = {"DATABASE_URL": database, "REDIS_URL": redis_server.url, "WS_SESSION_CHECK_S": "120", "EMBEDDING_BACKFILL_ON_START": "false"}
    log_dir = tmp_path_factory.mktemp("ws-sessions-redis")
    servers = [ServerProcess(env, log_dir=log_dir).start() for _ in range(2)]
    yield servers
    for server in servers:
        server.stop()


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_with_redis_a_logout_on_one_replica_closes_sockets_on_another_at_once(
    redis_replicas: list[ServerProcess], protocol: str
) -> None:
    here, elsewhere = redis_replicas
    _, token = register(here.base_url)
    script = graphql(here.base_url, CREATE, token=token)["createScript"]["script"]["id"]
    socket = await connect(here, protocol, {"authorization": f"Bearer {token}"})
    assert (await receive(socket))["type"] == "connection_ack"
    await socket.send(start(protocol, "1", FOLLOW, {"s": script}))
    await asyncio.sleep(0.3)
    started = asyncio.get_running_loop().time()
    graphql(elsewhere.base_url, "mutation { logout { revokedSessions } }", token=token)
    assert await close_code(socket) == 4403
    assert asyncio.get_running_loop().time() - started < WAIT_S  # the interval check would take 120 s
    assert_clean_logs(*redis_replicas)
