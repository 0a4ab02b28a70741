"""Compiled reads through a real server: the HTTP short path answers byte for byte what the
resolvers answer, with the same limits, errors, authentication and metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.seed.demo import seed_database
from tests.support.server import ServerProcess

LIST = """query List($first: Int) { scripts(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id title createdAt averageExecutionTimeMs author { username email } tags { name }
  analysis { securityScore securityIssues { rule severity line } complexityMetrics { totalLines } } favoriteCount isFavorite } } } }"""
MINE = """query Mine { me { username email scripts(first: 5) { totalCount nodes { title isPublic
  executionLogs(first: 5) { totalCount nodes { status executionTimeMs createdAt parameters errorMessage ipAddress user { username } } } } } } }"""
NODES = 'query Nodes { nodes(ids: ["U2NyaXB0OjE=", "VXNlcjox", "Q2F0ZWdvcnk6MQ==", "U2NyaXB0OmFiYw=="]) { __typename id ... on Script { title } ... on User { username } } }'
BAD_CURSOR = 'query Bad { scripts(first: 2, after: "nope") { nodes { title } } }'
TOO_COSTLY = "query Costly { scripts(first: 100) { nodes { comments(first: 100) { nodes { author { username } } } } } }"


def _serve(database: str, compiled: bool, log_dir: object) -> ServerProcess:
    env = {"DATABASE_URL": database, "COMPILED_READS": str(compiled).lower(), "CACHE_ENABLED": "false", "EMBEDDING_BACKFILL_ON_START": "false"}
    return ServerProcess(env, log_dir=log_dir).start()  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def servers(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    async def seed() -> None:
        db = Database.from_settings(Settings(db_pool_max=2, db_pool_min=1), module_database)
        await seed_database(db, seed=11)
        await db.dispose()

    asyncio.run(seed())
    compiled = _serve(module_database, True, tmp_path_factory.mktemp("compiled"))
    resolvers = _serve(module_database, False, tmp_path_factory.mktemp("resolvers"))
    yield compiled, resolvers
    compiled.stop()
    resolvers.stop()


def _post(server: ServerProcess, query: str, variables: dict | None = None, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(f"{server.base_url}/graphql", json={"query": query, "variables": variables}, headers=headers, timeout=30)


def _token(server: ServerProcess) -> str:
    login = 'mutation { login(usernameOrEmail: "user0002", password: "psscript-demo") { token } }'
    return _post(server, login).json()["data"]["login"]["token"]


def _edge_answers(server: ServerProcess) -> float:
    for family in text_string_to_metric_families(httpx.get(f"{server.base_url}/metrics").text):
        for sample in family.samples:
            if sample.name == "psscript_compiled_reads_total" and sample.labels.get("path") == "edge":
                return sample.value
    return 0.0


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_the_short_path_answers_what_the_resolvers_answer(servers: tuple[ServerProcess, ServerProcess], signed_in: bool) -> None:
    compiled, resolvers = servers
    token = _token(compiled) if signed_in else None
    before = _edge_answers(compiled)
    for query, variables in ((LIST, {"first": 20}), (LIST, {"first": 3}), (MINE, None), (NODES, None)):
        expected = _post(resolvers, query, variables, token)
        # The first answer goes through Strawberry's pipeline once; the next ones take the short path.
        for _ in range(3):
            got = _post(compiled, query, variables, token)
            assert (got.status_code, got.headers["content-type"], got.content) == (
                expected.status_code, expected.headers["content-type"], expected.content,
            ), query
    assert _edge_answers(compiled) - before >= 8


def test_what_the_short_path_cannot_answer_gets_the_views_own_answer(servers: tuple[ServerProcess, ServerProcess]) -> None:
    compiled, resolvers = servers
    for query in (BAD_CURSOR, TOO_COSTLY):
        expected = _post(resolvers, query)
        for _ in range(2):
            got = _post(compiled, query)
            assert (got.status_code, got.content) == (expected.status_code, expected.content)
        assert "errors" in got.json()
    # A bad token on a document the short path knows: the same 401 as the view's.
    _post(compiled, LIST, {"first": 1})
    bad = _post(compiled, LIST, {"first": 1}, token="not-a-token")
    assert bad.status_code == 401 and bad.content == _post(resolvers, LIST, {"first": 1}, token="not-a-token").content


HOSTILE = 'say "hi" \\ back\\slash \t tab\r\n </script><script>alert(1)</script> / \u2028 \u2029 é 中文 \U0001f600 {"a" : [1, 2]}'
HOSTILE_PAGE = """query Hostile($id: ID!) { script(id: $id) { title description content averageExecutionTimeMs
  comments(first: 5) { nodes { content author { username } } } latestVersion { commitMessage } } }"""


def test_hostile_text_reaches_the_client_byte_for_byte_as_the_resolvers_print_it(servers: tuple[ServerProcess, ServerProcess]) -> None:
    compiled, resolvers = servers
    token = _token(compiled)
    create = """mutation($t: String!, $c: String!) { createScript(input: {title: $t, description: $c, content: $c, isPublic: true}) {
      script { id } errors { code } } }"""
    created = _post(compiled, create, {"t": 'Hostile "quoted" \\ é \U0001f600 \u2028', "c": HOSTILE}, token).json()["data"]["createScript"]
    assert created["errors"] == []
    script_id = created["script"]["id"]
    comment = "mutation($id: ID!, $c: String!) { addComment(scriptId: $id, content: $c) { errors { code } } }"
    assert _post(compiled, comment, {"id": script_id, "c": HOSTILE}, token).json()["data"]["addComment"]["errors"] == []
    expected = _post(resolvers, HOSTILE_PAGE, {"id": script_id})
    assert expected.json()["data"]["script"]["comments"]["nodes"][0]["content"] == HOSTILE
    before = _edge_answers(compiled)
    for _ in range(3):  # the view first, then the short path
        got = _post(compiled, HOSTILE_PAGE, {"id": script_id})
        assert (got.status_code, got.content) == (expected.status_code, expected.content)
    assert _edge_answers(compiled) - before >= 2
