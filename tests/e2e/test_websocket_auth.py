"""Websocket clients authenticate in `connection_init`, over both protocols, with the `gql` client."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets
from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport

from psscript_graphql.graphql_app import INVALID_TOKEN
from tests.support.server import ServerProcess


@pytest.fixture
def server(fresh_database: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": fresh_database, "WS_INIT_TIMEOUT": "1"}, log_dir=tmp_path).start()
    yield process
    process.stop()


def token_for(server: ServerProcess, username: str) -> str:
    mutation = 'mutation { register(username: "%s", email: "%s@example.com", password: "a long passphrase") { token } }'
    response = httpx.post(f"{server.base_url}/graphql", json={"query": mutation % (username, username)})
    return response.json()["data"]["register"]["token"]


def ws_url(server: ServerProcess) -> str:
    return server.base_url.replace("http", "ws") + "/graphql"


async def test_connection_init_token_signs_the_socket_in(server: ServerProcess) -> None:
    # graphql-transport-ws runs queries too; the legacy protocol only subscriptions (its
    # sign-in is covered by the analysis subscription tests).
    protocol = WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL
    token = token_for(server, "ws_alice")
    transport = WebsocketsTransport(url=ws_url(server), subprotocols=[protocol], init_payload={"authorization": f"Bearer {token}"})
    async with Client(transport=transport) as session:
        assert await session.execute(gql("{ me { username } }")) == {"me": {"username": "ws_alice"}}

    anonymous = WebsocketsTransport(url=ws_url(server), subprotocols=[protocol])
    async with Client(transport=anonymous) as session:
        assert await session.execute(gql("{ me { username } }")) == {"me": None}


async def test_an_invalid_token_in_connection_init_is_rejected_with_4403(server: ServerProcess) -> None:
    async with websockets.connect(ws_url(server), subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL]) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {"authorization": "Bearer pss_wrong"}}))
        with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403


async def test_legacy_protocol_answers_an_invalid_token_with_connection_error_and_4403(server: ServerProcess) -> None:
    async with websockets.connect(ws_url(server), subprotocols=[WebsocketsTransport.APOLLO_SUBPROTOCOL]) as socket:
        await socket.send(json.dumps({"type": "connection_init", "payload": {"authorization": "Bearer pss_wrong"}}))
        message = json.loads(await asyncio.wait_for(socket.recv(), timeout=5))
        with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), timeout=5)
    assert message == {"type": "connection_error", "payload": {"message": INVALID_TOKEN, "extensions": {"code": "UNAUTHENTICATED"}}}
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403  # not 1011, an internal error


async def test_a_client_that_never_sends_connection_init_is_closed(server: ServerProcess) -> None:
    async with websockets.connect(ws_url(server), subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL]) as socket:
        with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4408


async def test_a_long_lived_socket_sees_changes_made_after_it_connected(server: ServerProcess) -> None:
    token = token_for(server, "ws_carol")
    transport = WebsocketsTransport(
        url=ws_url(server), subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL], init_payload={"authorization": f"Bearer {token}"}
    )
    mine = gql("{ me { scripts { totalCount } } }")
    async with Client(transport=transport) as session:
        assert (await session.execute(mine))["me"]["scripts"]["totalCount"] == 0
        created = httpx.post(
            f"{server.base_url}/graphql",
            json={"query": 'mutation { createScript(input: {title: "Later", content: "Get-Date"}) { errors { code } } }'},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert created.json()["data"]["createScript"]["errors"] == []
        assert (await session.execute(mine))["me"]["scripts"]["totalCount"] == 1
