"""The response cache of a real server: repeated pages are served from it, every write shows at
once, and two viewers never share an entry."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.server import ServerProcess

MINE = "query Mine { me { username scripts { totalCount nodes { title isPublic } } } }"
PUBLIC = "query Public { scripts(first: 50) { totalCount nodes { title } } }"


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": module_database}, log_dir=tmp_path_factory.mktemp("responses")).start()
    yield process
    process.stop()


def gql(server: ServerProcess, query: str, token: str | None = None, variables: dict | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{server.base_url}/graphql", json={"query": query, "variables": variables}, headers=headers)
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def response_hits(server: ServerProcess) -> float:
    text = httpx.get(f"{server.base_url}/metrics").text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "psscript_cache_hits_total" and sample.labels.get("cache") == "response":
                return sample.value
    return 0.0


def register(server: ServerProcess, name: str) -> str:
    mutation = 'mutation { register(username: "%s", email: "%s@example.com", password: "a long passphrase") { token } }'
    return gql(server, mutation % (name, name))["register"]["token"]


def create(server: ServerProcess, token: str, title: str, public: bool) -> None:
    mutation = "mutation($t: String!, $p: Boolean!) { createScript(input: {title: $t, content: $t, isPublic: $p}) { errors { code } } }"
    assert gql(server, mutation, token, {"t": title, "p": public})["createScript"]["errors"] == []


def test_pages_are_served_from_the_cache_and_writes_show_at_once(server: ServerProcess) -> None:
    alice = register(server, "rc_alice")
    create(server, alice, "Alice public", True)
    first = gql(server, PUBLIC)
    hits = response_hits(server)
    # The new script's analysis is stored in the background, which invalidates the cache once
    # more; after that, the same page is answered from the cache.
    for _ in range(100):
        assert gql(server, PUBLIC) == first
        if response_hits(server) > hits:
            break
        time.sleep(0.05)
    assert response_hits(server) > hits
    create(server, alice, "Alice second", True)  # a mutation: everything cached before is gone
    assert gql(server, PUBLIC)["scripts"]["totalCount"] == first["scripts"]["totalCount"] + 1


def test_the_same_query_text_never_shares_an_entry_between_viewers(server: ServerProcess) -> None:
    bob, carol = register(server, "rc_bob"), register(server, "rc_carol")
    create(server, bob, "Bob private", False)
    as_bob = gql(server, MINE, bob)["me"]
    as_carol = gql(server, MINE, carol)["me"]
    assert as_bob["username"] == "rc_bob" and as_bob["scripts"]["nodes"] == [{"title": "Bob private", "isPublic": False}]
    assert as_carol == {"username": "rc_carol", "scripts": {"totalCount": 0, "nodes": []}}
    assert "Bob private" not in str(gql(server, PUBLIC))
    assert gql(server, MINE, carol)["me"] == as_carol and gql(server, MINE, bob)["me"] == as_bob  # cached, still apart


def cache_lookups(server: ServerProcess) -> float:
    """Hits and misses of every cache kind (rows, pages, responses) so far."""
    total = 0.0
    for family in text_string_to_metric_families(httpx.get(f"{server.base_url}/metrics").text):
        for sample in family.samples:
            if sample.name in ("psscript_cache_hits_total", "psscript_cache_misses_total"):
                total += sample.value
    return total


def test_cache_enabled_false_reads_the_database_every_time(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    process = ServerProcess(
        {"DATABASE_URL": module_database, "CACHE_ENABLED": "false"}, log_dir=tmp_path_factory.mktemp("no_cache")
    ).start()
    try:
        dave = register(process, "rc_dave")
        create(process, dave, "Dave public", True)
        before = cache_lookups(process)
        pages = [gql(process, PUBLIC) for _ in range(3)]
        assert pages[0] == pages[1] == pages[2] and "Dave public" in str(pages[0])
        assert cache_lookups(process) == before  # not one lookup: no row, page or response cache
        create(process, dave, "Dave second", True)
        assert gql(process, PUBLIC)["scripts"]["totalCount"] == pages[0]["scripts"]["totalCount"] + 1
    finally:
        process.stop()


HOSTILE = 'say "hi" \\ \t\n\r </script> / \u2028 é \U0001f600'
CONTENTS = "query Contents { scripts(first: 5) { nodes { title content description } } }"


def test_a_cached_answer_is_byte_for_byte_the_answer_that_was_stored(server: ServerProcess) -> None:
    dora = register(server, "rc_dora")
    create(server, dora, 'Dora "quoted" \\ é \U0001f600 \u2028', True)
    mutation = "mutation($c: String!) { createScript(input: {title: \"Dora hostile\", content: $c, isPublic: true}) { errors { code } } }"
    assert gql(server, mutation, dora, {"c": HOSTILE * 3})["createScript"]["errors"] == []

    def body() -> bytes:
        return httpx.post(f"{server.base_url}/graphql", json={"query": CONTENTS}).content

    first, hits = body(), response_hits(server)
    for _ in range(100):  # the analyses stored in the background invalidate the cache once more
        again = body()
        if response_hits(server) > hits:
            break
        first, hits = again, response_hits(server)
        time.sleep(0.05)
    assert response_hits(server) > hits and again == first
    assert HOSTILE * 3 in [node["content"] for node in httpx.Response(200, content=again).json()["data"]["scripts"]["nodes"]]
