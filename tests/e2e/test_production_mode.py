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


# graphql-cop 1.15's probes (dolevf/graphql-cop, lib/tests/), each with its payload and the test
# it flags on; in production none may flag but directive overloading (docs/security.md).
def _cop(server: ServerProcess, query: str, batch: bool = False) -> httpx.Response:
    body: object = [{"query": query}] * 10 if batch else {"query": query, "operationName": "cop"}
    return httpx.post(f"{server.base_url}/graphql", json=body, timeout=60)


def _data(response: httpx.Response) -> object:
    body = response.json()
    return body.get("data") if isinstance(body, dict) else None


def test_graphql_cop_dos_probes_are_refused(server: ServerProcess) -> None:
    aliases = "".join(f"alias{i}:__typename \n" for i in range(101))
    assert not _data(_cop(server, "query cop { " + aliases + " }"))  # alias overloading
    batch = _cop(server, "query cop { __typename }", batch=True)
    assert batch.status_code == 400 and not isinstance(batch.json(), list)  # array batching, 10+ operations
    circular = "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }"
    assert not _data(_cop(server, circular))  # introspection-based circular query
    assert not _data(_cop(server, "query cop { " + "__typename \n" * 500 + "} "))  # field duplication


def test_graphql_cop_directive_overloading_costs_at_most_the_error_limit(server: ServerProcess) -> None:
    """graphql-cop flags this when exactly ten errors come back for ten unknown directives. Each
    is an error that cost one validation step; MAX_DIRECTIVES and the validation error limit (20)
    bound the work, so the flag is accepted."""
    response = _cop(server, "query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }")
    assert not _data(response)
    assert 1 <= len(response.json()["errors"]) <= 20
    many = _cop(server, "query cop { __typename " + "@aa" * 200 + " }").json()
    assert not many["data"] and len(many["errors"]) == 21 and "Too many validation errors" in many["errors"][-1]["message"]


def test_graphql_cop_information_probes_find_nothing(server: ServerProcess) -> None:
    url = f"{server.base_url}/graphql"
    suggestions = _cop(server, "query cop { __schema { directive } }").json()["errors"][0]["message"]
    assert "Did you mean" not in suggestions  # field suggestions
    assert not _data(_cop(server, "query cop { __schema { types { name fields { name } } } }"))  # introspection
    for query in ("mutation cop {__typename}", "query cop {__typename}"):  # GET mutation, GET query
        response = httpx.get(url, params={"query": query})
        assert response.status_code == 400 and not _data(response)
    ide = httpx.get(url, headers={"Accept": "text/html"})  # GraphiQL
    assert not any(word in ide.text for word in ("graphiql.min.css", "GraphQL Playground", "GraphiQL", "graphql-playground"))
    traced = _cop(server, "query cop { __typename }").json()  # trace mode
    assert traced["data"] == {"__typename": "Query"} and "tracing" not in str(traced).lower()
    unhandled = _cop(server, "qwerty cop { abc }").json()  # unhandled error
    assert "exception" not in str(unhandled).lower() and "traceback" not in str(unhandled).lower()
    assert unhandled["errors"][0]["extensions"]["code"]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/x-www-form-urlencoded", "query=query+cop+%7B+__typename+%7D"),  # graphql-cop's own probe
        ("text/plain", json.dumps({"query": "query cop { __typename }"})),  # a CORS "simple request" too
        ("multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n'),
    ],
)
def test_a_post_a_browser_form_could_send_runs_nothing(server: ServerProcess, content_type: str, body: str) -> None:
    """POST-based CSRF: only a JSON body (which a cross-site form cannot send without a CORS
    preflight) runs an operation."""
    response = httpx.post(f"{server.base_url}/graphql", content=body, headers={"content-type": content_type})
    assert response.status_code >= 400 and not _data(response), response.text
