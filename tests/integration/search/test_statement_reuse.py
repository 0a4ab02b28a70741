"""Search statements are built once per shape and reused: one search's values never reach another.

`search/shapes.py` keeps the statements of each shape (mode, word and alias counts, the
conditions' structure, cursor or not …). These tests run searches of one shape with other words,
filter values, cursors and viewers, one after the other on the kept statement, and compare each
answer with what a statement built for that search alone returns.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import pytest

from psscript_graphql.scripts.filters import script_conditions
from psscript_graphql.search import shapes
from tests.integration.search.conftest import PRIVATE_TITLE, Corpus

MODES = ["TEXT", "FUZZY", "SEMANTIC", "HYBRID"]


@pytest.fixture
def memo(monkeypatch: pytest.MonkeyPatch) -> OrderedDict[Any, Any]:
    """An empty statement memo for the test."""
    fresh: OrderedDict[Any, Any] = OrderedDict()
    monkeypatch.setattr(shapes, "_MEMO", fresh)
    return fresh


async def _alone(corpus: Corpus, memo: OrderedDict[Any, Any], query: str, mode: str, **variables: Any) -> dict[str, Any]:
    """The answer of a statement built for this search only."""
    memo.clear()
    result = await corpus.search(query, mode, **variables)
    memo.clear()
    return result


def _titles(result: dict[str, Any]) -> list[str]:
    return [edge["node"]["title"] for edge in result["edges"]]


@pytest.mark.parametrize(
    ("mode", "one", "other"),
    [
        ("TEXT", "backup finance", "disk cleanup"),
        ("TEXT", "backup -robocopy", "backup -sql"),  # the same words, other exclusions
        ("FUZZY", "bakup finanse", "dsk clenup"),
        ("SEMANTIC", "copy files to the nas", "delete temporary files"),
        ("HYBRID", "backup finance", "disk cleanup"),
    ],
)
async def test_searches_of_one_shape_with_other_words_get_their_own_results(
    corpus: Corpus, memo: OrderedDict[Any, Any], mode: str, one: str, other: str
) -> None:
    expected_one, expected_other = await _alone(corpus, memo, one, mode, first=100), await _alone(corpus, memo, other, mode, first=100)
    assert _titles(expected_one) != _titles(expected_other)

    assert await corpus.search(one, mode, first=100) == expected_one
    assert await corpus.search(other, mode, first=100) == expected_other
    assert await corpus.search(one, mode, first=100) == expected_one
    assert len(memo) == 1  # one statement served all three

    # second pages: one shape (with a cursor) for both queries, each with its own cursor
    for query, expected in ((one, expected_one), (other, expected_other)):
        first = await corpus.search(query, mode, first=1)
        rest = await corpus.search(query, mode, first=100, after=first["pageInfo"]["endCursor"])
        assert first["edges"] + rest["edges"] == expected["edges"]
        assert rest["totalCount"] == expected["totalCount"]
    assert len(memo) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_one_statement_serves_two_viewers_each_with_their_own_visibility(
    corpus: Corpus, memo: OrderedDict[Any, Any], mode: str
) -> None:
    # two regular users: the same visibility condition but for the viewer's id
    owner_conditions = shapes.BoundConditions.of(script_conditions(None, corpus.owner))
    other_conditions = shapes.BoundConditions.of(script_conditions(None, corpus.other))
    assert owner_conditions.key == other_conditions.key
    assert owner_conditions.params != other_conditions.params

    for_owner = await _alone(corpus, memo, "private vault", mode, first=100, viewer=corpus.owner)
    for_other = await _alone(corpus, memo, "private vault", mode, first=100, viewer=corpus.other)
    assert PRIVATE_TITLE not in _titles(for_owner)
    assert PRIVATE_TITLE in _titles(for_other)

    assert await corpus.search("private vault", mode, first=100, viewer=corpus.other) == for_other
    assert await corpus.search("private vault", mode, first=100, viewer=corpus.owner) == for_owner
    assert await corpus.search("private vault", mode, first=100, viewer=corpus.other) == for_other
    assert len(memo) == 1


async def test_one_statement_serves_two_filters_of_one_structure_with_their_own_values(
    corpus: Corpus, memo: OrderedDict[Any, Any]
) -> None:
    sql_tag = {"tagsAny": ["sql"]}
    two_tags = {"tagsAny": ["robocopy", "scheduled"]}  # a longer list: the same expanding parameter
    expected_sql = await _alone(corpus, memo, "backup", "HYBRID", first=100, filter=sql_tag)
    expected_two = await _alone(corpus, memo, "backup", "HYBRID", first=100, filter=two_tags)
    assert _titles(expected_sql) == ["SQL Server database backup"]
    assert "Nightly backup of the finance share" in _titles(expected_two)

    assert await corpus.search("backup", "HYBRID", first=100, filter=two_tags) == expected_two
    assert await corpus.search("backup", "HYBRID", first=100, filter=sql_tag) == expected_sql
    assert len(memo) == 1
