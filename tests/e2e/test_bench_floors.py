"""The bench's hand-written floors answer as a real server does on seeded data (what `python -m
bench run` checks before measuring): search's SQL follows FUZZY's command names and SEMANTIC's
similarity floor, and recordExecution's floor returns the log to the user who recorded it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import make_url

from bench.run import _bodies, _request, _unique
from bench.workloads import mutation_mix, search
from tests.support.server import ServerProcess, demo_seeded_server

# High enough that the seeded embeddings' nearest scripts are cut for some queries: a floor
# without the cut ranks other scripts (checked by removing it).
SIMILARITY_FLOOR = "0.6"
# Typos of commands scripts call but whose titles mostly do not name them: FUZZY finds them
# only through the analyses' command names.
COMMAND_QUERIES = ("Get-ChildItme", "Get-Servise", "Remove-Itme")


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with demo_seeded_server(module_database, tmp_path_factory.mktemp("floors"), SEARCH_SIMILARITY_FLOOR=SIMILARITY_FLOOR) as process:
        yield process


@pytest.fixture
def floor_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The floor reads the same environment as the server (once per process: caches cleared)."""
    monkeypatch.setenv("SEARCH_SIMILARITY_FLOOR", SIMILARITY_FLOOR)
    search._settings.cache_clear()
    search._embedding_provider.cache_clear()
    yield
    search._settings.cache_clear()
    search._embedding_provider.cache_clear()


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _graphql(server: ServerProcess, body: dict[str, Any]) -> dict[str, Any]:
    payload, headers = _request(body)
    answer = httpx.post(f"{server.base_url}/graphql", json=payload, headers=headers, timeout=30).json()
    answer.pop("extensions", None)
    return answer


@pytest.mark.usefixtures("floor_settings")
def test_the_search_floor_answers_every_query_as_the_server_does(server: ServerProcess, module_database: str) -> None:
    queries = [*search.QUERIES, *COMMAND_QUERIES]
    bodies = _bodies(search.WORKLOAD, [{"query": q, "mode": "HYBRID", "first": search.PAGE_SIZE} for q in queries])

    async def floors() -> list[dict[str, Any]]:
        conn = await asyncpg.connect(_dsn(module_database))
        try:
            return [await search.floor(conn, body["variables"]) for body in bodies]
        finally:
            await conn.close()

    answers = asyncio.run(floors())
    fuzzy_hits = 0
    for body, floor in zip(bodies, answers, strict=True):
        expected = _graphql(server, body)
        assert floor == expected, body["variables"]["query"]
        if body["variables"]["query"] in COMMAND_QUERIES:
            fuzzy_hits += sum("FUZZY" in edge["matchedBy"] for edge in expected["data"]["searchScripts"]["edges"])
    assert fuzzy_hits, "the command typos must find scripts by FUZZY, or this test checks nothing about commands"


def test_the_record_execution_floor_returns_the_log_to_its_recorder(server: ServerProcess, module_database: str) -> None:
    async def run() -> list[tuple[dict[str, Any], dict[str, Any]]]:
        conn = await asyncpg.connect(_dsn(module_database))
        try:
            variables = await mutation_mix.variables(conn, server.base_url)
            bodies = [b for b in _bodies(mutation_mix.WORKLOAD, variables) if b["operationName"] == "RecordExecution"]
            pairs = []
            for counter, template in enumerate(bodies[:3]):
                body = _unique(template, counter)
                given = {**body["variables"], "__token": body["token"], "__operation": body["operationName"]}
                pairs.append((_graphql(server, body), await mutation_mix.floor(conn, given)))
            return pairs
        finally:
            await conn.close()

    for expected, floor in asyncio.run(run()):
        assert expected["data"]["recordExecution"]["executionLog"] is not None  # others' scripts: the runner sees it
        assert mutation_mix.same_shape(expected, floor), (expected, floor)
