"""Limits count what a request costs, on a real server: every operation of a batch takes a
rate-limit token, a wrong bearer token counts against the client address, and a request holds
at most one password operation however it is batched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from psscript_graphql.config import Settings
from tests.support.server import ServerProcess

INFO = {"query": "{ serverInfo { version } }"}


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": module_database, "RATE_LIMIT_PER_MINUTE": "6", "RATE_LIMIT_BURST": "6", "MAX_BATCH_OPERATIONS": "5"}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("costs")).start()
    yield process
    process.stop()


def client_from(address: str) -> httpx.Client:
    """A client whose requests come from `address` (any 127.x.y.z reaches the loopback server),
    so each test has a rate-limit bucket of its own."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=10)


def post(client: httpx.Client, server: ServerProcess, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return client.post(f"{server.base_url}/graphql", json=body, headers=headers)


def test_every_operation_of_a_batch_takes_a_rate_limit_token(server: ServerProcess) -> None:
    with client_from("127.0.0.21") as client:
        assert post(client, server, [INFO] * 5).status_code == 200  # 5 of the 6 tokens
        assert post(client, server, INFO).status_code == 200  # the one token left
        refused = post(client, server, [INFO] * 2)
        assert refused.status_code == 429 and refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"


def test_requests_with_a_wrong_token_count_against_the_client_address(server: ServerProcess) -> None:
    with client_from("127.0.0.22") as client:
        bad = {"Authorization": "Bearer pss_not-a-real-token"}
        statuses = [post(client, server, INFO, bad).status_code for _ in range(7)]
        assert statuses == [401] * 6 + [429]
        assert post(client, server, INFO).status_code == 429  # the same address, anonymous: the same bucket


def test_a_batch_holds_at_most_one_password_operation(server: ServerProcess) -> None:
    login = {"query": 'mutation { login(usernameOrEmail: "nobody", password: "wrong password!") { errors { code } } }'}
    register = {
        "query": 'mutation { register(username: "batcher", email: "b@example.com", password: "long enough pass") '
        "{ token errors { code } } }"
    }
    with client_from("127.0.0.23") as client:
        results = post(client, server, [login, register, login]).json()
    codes = sorted(result["data"][next(iter(result["data"]))]["errors"][0]["code"] for result in results)
    # Batch items run concurrently: whichever starts first runs, the others are refused.
    assert codes.count("TOO_MANY_PASSWORD_OPERATIONS") == 2


def test_the_default_batch_cap_is_below_ten() -> None:
    assert Settings.from_env({}).max_batch_operations < 10
