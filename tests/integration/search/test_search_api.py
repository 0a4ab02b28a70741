"""searchScripts behaviour: web-search syntax, visibility in every mode, pagination, bad input."""

from __future__ import annotations

import pytest

from psscript_graphql.db import models
from psscript_graphql.search.query_text import MAX_QUERY_LENGTH
from tests.integration.search.conftest import DELETED_TITLE, PRIVATE_TITLE, Corpus
from tests.support.graphql import run

MODES = ("HYBRID", "TEXT", "FUZZY", "SEMANTIC")


async def _all_titles(corpus: Corpus, query: str, mode: str, **kwargs: object) -> list[str]:
    result = await corpus.search(query, mode, first=100, **kwargs)
    return [edge["node"]["title"] for edge in result["edges"]]


async def test_quoted_phrase_matches_only_the_phrase(corpus: Corpus) -> None:
    assert await corpus.top_keys('"event log"', "TEXT", n=20) == ["event_log_export"]


async def test_or_matches_either_word(corpus: Corpus) -> None:
    assert set(await corpus.top_keys("firewall OR certificates", "TEXT", n=20)) == {"firewall", "cert_expiry"}


@pytest.mark.parametrize("mode", MODES)
async def test_minus_word_excludes_in_every_mode(corpus: Corpus, mode: str) -> None:
    keys = await corpus.top_keys("backup -robocopy", mode, n=100)
    assert "backup" not in keys
    if mode in ("TEXT", "FUZZY"):
        assert "sql_backup" in keys


async def test_parameter_after_a_command_is_searched_not_excluded(corpus: Corpus) -> None:
    keys = await corpus.top_keys("Get-ChildItem -Recurse", "TEXT", n=20)
    assert set(keys) == {"disk_cleanup", "log_rotation"}


@pytest.mark.parametrize("mode", MODES)
async def test_another_users_private_and_deleted_scripts_never_appear(corpus: Corpus, mode: str) -> None:
    for query in ("backup vault", "Backup of the private vault", "retired share", "robocopy finance nas"):
        titles = await _all_titles(corpus, query, mode)
        assert PRIVATE_TITLE not in titles and DELETED_TITLE not in titles, (mode, query)
    # its owner finds the private one; an admin finds it too, and deleted ones only on request
    assert PRIVATE_TITLE in await _all_titles(corpus, "private vault", mode, viewer=corpus.other)
    assert PRIVATE_TITLE in await _all_titles(corpus, "private vault", mode, viewer=corpus.admin)
    assert DELETED_TITLE not in await _all_titles(corpus, "retired share", mode, viewer=corpus.admin)
    with_deleted = await _all_titles(corpus, "retired share", mode, viewer=corpus.admin, filter={"includeDeleted": True})
    assert DELETED_TITLE in with_deleted


async def test_filter_arguments_of_scripts_apply(corpus: Corpus) -> None:
    keys = await corpus.top_keys("backup", "HYBRID", n=100, filter={"tagsAny": ["sql"]})
    assert keys == ["sql_backup"]


@pytest.mark.parametrize("mode", MODES)
async def test_pages_follow_each_other_without_gaps_or_repeats(corpus: Corpus, mode: str) -> None:
    query = "backup OR report OR files" if mode == "TEXT" else "backup report files"
    everything = await corpus.search(query, mode, first=100)
    expected = [edge["node"]["id"] for edge in everything["edges"]]
    assert len(expected) >= 3
    seen: list[str] = []
    after = None
    while True:
        page = await corpus.search(query, mode, first=2, after=after)
        seen += [edge["node"]["id"] for edge in page["edges"]]
        scores = [edge["score"] for edge in page["edges"]]
        assert scores == sorted(scores, reverse=True)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == expected
    assert everything["totalCount"] == len(expected) or mode == "SEMANTIC" and everything["totalCount"] >= len(expected)


async def test_text_snippet_marks_matches_and_never_passes_markup_through(corpus: Corpus) -> None:
    async with corpus.db.transaction() as session:
        script = await session.get(models.Script, corpus.ids["firewall"])
        script.description = "Opens <b>ports</b> for the web server & friends."
    result = await corpus.search("ports", "TEXT")
    snippet = result["edges"][0]["snippet"]
    # ts_headline drops markup tags itself; everything else arrives escaped
    assert "<mark>ports</mark>" in snippet and "&amp; friends" in snippet and "<b>" not in snippet


async def test_fuzzy_snippet_marks_the_similar_title_word(corpus: Corpus) -> None:
    result = await corpus.search("firewal", "FUZZY")
    assert result["edges"][0]["snippet"].startswith("Open <mark>firewall</mark> port")
    assert result["edges"][0]["matchedBy"] == ["FUZZY"]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"query": ""}, "must not be empty"),
        ({"query": "   "}, "must not be empty"),
        ({"query": "x" * (MAX_QUERY_LENGTH + 1)}, f"at most {MAX_QUERY_LENGTH}"),
        ({"query": "-backup"}, "at least one word"),
        ({"query": "backup", "after": "not-a-cursor"}, "Invalid cursor"),
        ({"query": "backup", "first": 101}, "between 0 and 100"),
        ({"query": "backup", "first": -1}, "between 0 and 100"),
    ],
)
async def test_bad_input_is_a_clear_error(corpus: Corpus, variables: dict[str, object], message: str) -> None:
    query = variables.pop("query")
    errors = await corpus.search_errors(query, **variables)  # type: ignore[arg-type]
    assert len(errors) == 1 and message in errors[0]["message"]
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_cursor_of_another_query_or_mode_is_rejected(corpus: Corpus) -> None:
    cursor = (await corpus.search("backup", "TEXT", first=1))["pageInfo"]["endCursor"]
    for query, mode in (("robocopy", "TEXT"), ("backup", "FUZZY")):
        errors = await corpus.search_errors(query, mode, after=cursor)
        assert errors and "Invalid cursor" in errors[0]["message"]


async def test_non_admin_asking_for_deleted_scripts_is_forbidden(corpus: Corpus) -> None:
    errors = await corpus.search_errors("backup", filter={"includeDeleted": True})
    assert errors[0]["extensions"]["code"] == "FORBIDDEN"


SIMILAR = """
query Similar($id: ID!, $first: Int!) {
  node(id: $id) { ... on Script { similar(first: $first) { score script { id title } } } }
}
"""


async def test_similar_lists_nearest_visible_scripts_but_not_itself(corpus: Corpus) -> None:
    from strawberry import relay

    script_id = str(relay.GlobalID("Script", str(corpus.ids["backup"])))
    data = await run(corpus.db, SIMILAR, {"id": script_id, "first": 5}, viewer=corpus.owner)
    similar = data["node"]["similar"]
    titles = [item["script"]["title"] for item in similar]
    assert len(similar) == 5 and corpus.titles[corpus.ids["backup"]] not in titles
    assert PRIVATE_TITLE not in titles and DELETED_TITLE not in titles
    assert titles[0] == corpus.titles[corpus.ids["sql_backup"]]
    assert [item["score"] for item in similar] == sorted((item["score"] for item in similar), reverse=True)
    # the owner of the private copy sees it as the nearest
    data = await run(corpus.db, SIMILAR, {"id": script_id, "first": 1}, viewer=corpus.other)
    assert data["node"]["similar"][0]["script"]["title"] == PRIVATE_TITLE
