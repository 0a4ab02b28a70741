"""Production mode on a real server: no GET runs a query, not even one the response cache
holds; answers to signed-in requests are never kept by shared caches."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

import httpx
import pytest

from tests.support.server import ServerProcess

QUERY = "{ tags(first: 5) { totalCount } }"
REGISTER = 'mutation { register(username: "prod", email: "prod@example.com", password: "long enough pass") { token } }'


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": module_database, "PSSCRIPT_PRODUCTION": "true"}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("production")).start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def token(server: ServerProcess) -> str:
    return httpx.post(f"{server.base_url}/graphql", json={"query": REGISTER}).json()["data"]["register"]["token"]


def _get(server: ServerProcess, params: dict[str, str], headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.get(f"{server.base_url}/graphql", params=params, headers=headers)


@pytest.mark.parametrize("signed_in", [False, True])
def test_a_get_query_is_refused_even_when_its_answer_is_cached(server: ServerProcess, token: str, signed_in: bool) -> None:
    headers = {"Authorization": f"Bearer {token}"} if signed_in else {}
    digest = hashlib.sha256(QUERY.encode()).hexdigest()
    apq = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    posted = httpx.post(f"{server.base_url}/graphql", json={"query": QUERY, "extensions": apq}, headers=headers)
    assert posted.status_code == 200 and posted.json()["data"]  # now cached, and the hash known
    for params in ({"query": QUERY}, {"extensions": json.dumps(apq)}):
        response = _get(server, params, headers)
        assert response.status_code == 400, response.text
        [error] = response.json()["errors"]
        assert error["extensions"]["code"] == "GET_NOT_ALLOWED" and "POST" in error["message"]


def test_signed_in_answers_are_private_and_public_ones_vary_by_authorization(server: ServerProcess, token: str) -> None:
    url = f"{server.base_url}/graphql"
    signed_in = httpx.post(url, json={"query": QUERY}, headers={"Authorization": f"Bearer {token}"})
    # (CORS adds `Vary: Origin` to every answer; a private one needs no Vary: Authorization.)
    assert signed_in.headers["cache-control"] == "private, no-store" and "Authorization" not in signed_in.headers.get("vary", "")
    refused = httpx.post(url, json={"query": QUERY}, headers={"Authorization": "Bearer pss_wrong"})
    assert refused.status_code == 401 and refused.headers["cache-control"] == "private, no-store"
    public = httpx.post(url, json={"query": QUERY})
    assert "Authorization" in public.headers["vary"] and "cache-control" not in public.headers
