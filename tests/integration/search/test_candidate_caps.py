"""Ranking reads a bounded candidate set: what a page can reach, and that it is stable.

The caps are lowered for these tests (they are module constants, bound as parameters when a
search runs), so a handful of scripts shows what 50,000 would.
"""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search import fuzzy, statements
from tests import factories
from tests.integration.search.conftest import SEARCH
from tests.support.graphql import run, viewer_of


@pytest.fixture
async def viewer(clean_db: Database) -> models.User:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        for title in (
            *(f"Monitoring host {i}" for i in range(3)),  # "backup" in the description only
            *(f"Backup share {i}" for i in range(3)),
            "Backup monitoring",  # inserted last: last in table order
        ):
            await factories.make_script(session, author=author, title=title, description="Copies backup files.")
    return author


async def _search(db: Database, viewer: models.User, query: str, mode: str, **variables: Any) -> dict[str, Any]:
    data = await run(db, SEARCH, {"query": query, "mode": mode, **variables}, viewer=viewer_of(viewer))
    return data["searchScripts"]


async def test_text_ranks_the_first_matches_and_title_matches_counts_them_and_pages_through_them(
    clean_db: Database, viewer: models.User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(statements, "TEXT_CANDIDATES", 2)
    monkeypatch.setattr(statements, "TEXT_TITLE_CANDIDATES", 2)
    everything = await _search(clean_db, viewer, "backup", "TEXT", first=100)
    titles = [edge["node"]["title"] for edge in everything["edges"]]
    # the first two matches anywhere (table order) and the first two title matches, which rank first
    assert sorted(titles[:2]) == ["Backup share 0", "Backup share 1"]
    assert sorted(titles[2:]) == ["Monitoring host 0", "Monitoring host 1"]
    assert everything["totalCount"] == 4
    assert (await _search(clean_db, viewer, "backup", "TEXT", first=100))["edges"] == everything["edges"]

    first = await _search(clean_db, viewer, "backup", "TEXT", first=3)
    rest = await _search(clean_db, viewer, "backup", "TEXT", first=3, after=first["pageInfo"]["endCursor"])
    assert [edge["node"]["title"] for edge in first["edges"] + rest["edges"]] == titles
    assert not rest["pageInfo"]["hasNextPage"]


async def test_fuzzy_finds_the_script_with_every_word_even_when_each_words_cap_leaves_it_out(
    clean_db: Database, viewer: models.User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fuzzy, "FUZZY_CANDIDATES", 2)
    result = await _search(clean_db, viewer, "bakup monitorng", "FUZZY", first=100)
    titles = [edge["node"]["title"] for edge in result["edges"]]
    # two per corrected word, plus the one whose title has both
    assert titles[0] == "Backup monitoring"
    assert sorted(titles[1:]) == ["Backup share 0", "Backup share 1", "Monitoring host 0", "Monitoring host 1"]
    assert result["edges"][0]["score"] > result["edges"][1]["score"]
