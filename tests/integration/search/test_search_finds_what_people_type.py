"""Search finds what people type: commands by their (mistyped) names, nothing for nonsense,
and pages backward like every other connection."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.backfill import backfill_embeddings
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from tests import factories
from tests.integration.search.conftest import Corpus
from tests.support.graphql import execute

MODES = ("HYBRID", "TEXT", "FUZZY", "SEMANTIC")
PAGE = """
query($query: String!, $mode: SearchMode!, $first: Int, $after: String, $last: Int, $before: String) {
  searchScripts(query: $query, mode: $mode, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor matchedBy node { title } }
  }
}"""
# Titles and descriptions never name the command: only the analysis' command list does.
LISTING = "Get-ChildItem -Path $Root -Filter *.log -Recurse | Select-Object FullName, Length\n"
SERVICES = "Get-Service -Name Spooler | Restart-Service -Force\n"


async def _search(db: Database, settings: Settings | None = None, **variables: Any) -> dict[str, Any]:
    result = await execute(db, PAGE, variables, settings=settings)
    assert result.errors is None, [error.formatted for error in result.errors]
    return result.data["searchScripts"]


@pytest.fixture
async def analysed(clean_db: Database) -> Database:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        for title, content in (("Inventory of old logs", LISTING), ("Print spooler kick", SERVICES)):
            script = await factories.make_script(session, author=author, title=title, description="Ops helper.", content=content)
            await factories.make_analysis(session, script=script, command_details=analyze_script(content).command_details)
    await backfill_embeddings(clean_db, FeatureHashingProvider(), batch_size=10)
    return clean_db


@pytest.mark.parametrize("query", ["Get-ChildItem", "Get-ChildItme", "get-childitem", "Get-ChildIten"])
async def test_fuzzy_finds_scripts_by_the_commands_they_call(analysed: Database, query: str) -> None:
    found = await _search(analysed, query=query, mode="FUZZY")
    assert [edge["node"]["title"] for edge in found["edges"]] == ["Inventory of old logs"]
    assert found["totalCount"] == 1 and found["edges"][0]["matchedBy"] == ["FUZZY"]


async def test_hybrid_finds_a_mistyped_command_through_fuzzy(analysed: Database) -> None:
    found = await _search(analysed, query="Restart-Servce", mode="HYBRID")
    assert found["edges"][0]["node"]["title"] == "Print spooler kick" and "FUZZY" in found["edges"][0]["matchedBy"]


async def test_analysed_command_names_join_the_vocabulary_on_insert_and_update(analysed: Database) -> None:
    async with analysed.read() as session:
        terms = set(await session.scalars(select(models.SearchTerm.term)))
        stored = (await session.scalars(select(models.ScriptAnalysis.command_names))).all()
    assert {"get-childitem", "select-object", "get-service", "restart-service"} <= terms
    assert sorted(map(tuple, stored)) == [("get-childitem", "select-object"), ("get-service", "restart-service")]
    async with analysed.transaction() as session:
        analysis = await session.scalar(select(models.ScriptAnalysis).limit(1))
        analysis.command_details = [{"name": "Test-NetConnection", "resolved": "Test-NetConnection", "count": 1}]
    async with analysed.read() as session:
        assert await session.get(models.SearchTerm, "test-netconnection") is not None


@pytest.mark.parametrize("mode", ["SEMANTIC", "HYBRID"])
async def test_nonsense_finds_nothing_below_the_similarity_floor(analysed: Database, mode: str) -> None:
    nothing = await _search(analysed, query="zzzzqqq", mode=mode)
    assert nothing["totalCount"] == 0 and nothing["edges"] == [] and nothing["pageInfo"]["hasNextPage"] is False
    # The floor is what cuts them: without one, the nearest are still returned.
    everything = await _search(analysed, replace(Settings(), search_similarity_floor=-1.0), query="zzzzqqq", mode=mode)
    assert everything["totalCount"] == 2 and len(everything["edges"]) == 2
    # A query about something the scripts do still finds it.
    assert (await _search(analysed, query="restart the spooler service", mode=mode))["totalCount"] >= 1


@pytest.mark.parametrize("mode", MODES)
async def test_pages_backward_mirror_the_pages_forward(corpus: Corpus, mode: str) -> None:
    query = "backup OR report OR files" if mode == "TEXT" else "backup report files"
    forward = await _search(corpus.db, query=query, mode=mode, first=100)
    expected = [edge["node"]["title"] for edge in forward["edges"]]
    assert len(expected) >= 4

    seen: list[str] = []
    before = None
    while True:
        page = await _search(corpus.db, query=query, mode=mode, last=3, before=before)
        seen = [edge["node"]["title"] for edge in page["edges"]] + seen
        assert page["pageInfo"]["hasNextPage"] is (before is not None)
        if not page["pageInfo"]["hasPreviousPage"]:
            break
        before = page["pageInfo"]["startCursor"]
    assert seen == expected

    # From the middle: the items before a cursor, in the same order as forward.
    middle = forward["edges"][3]["cursor"]
    back = await _search(corpus.db, query=query, mode=mode, last=2, before=middle)
    assert [edge["node"]["title"] for edge in back["edges"]] == expected[1:3]
    assert back["pageInfo"] == {**back["pageInfo"], "hasPreviousPage": True, "hasNextPage": True}
    assert (await _search(corpus.db, query=query, mode=mode, last=0))["edges"] == []


async def test_first_and_last_together_are_refused(corpus: Corpus) -> None:
    result = await execute(corpus.db, PAGE, {"query": "backup", "mode": "TEXT", "first": 2, "last": 2})
    assert result.errors and result.errors[0].extensions["code"] == "BAD_USER_INPUT"
