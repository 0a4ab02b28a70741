"""Walking every page forward and backward returns each visible row once, in order, for every ordering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import run, run_with_errors

PAGE = """
query Page($order: ScriptOrder, $first: Int, $after: String, $last: Int, $before: String) {
  scripts(orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title executionCount createdAt favoriteCount analysis { securityScore qualityScore riskScore } } }
  }
}
"""
TITLES = ["alpha", "bravo", "charlie", "alpha", "delta", "bravo", "echo", "alpha"]
FIELDS = ["CREATED_AT", "UPDATED_AT", "TITLE", "SECURITY_SCORE", "QUALITY_SCORE", "RISK_SCORE", "EXECUTION_COUNT", "FAVORITE_COUNT"]


@pytest.fixture
async def tied_scripts(clean_db: Database) -> dict[str, Any]:
    """23 visible scripts with many ties in every sort key, plus ones the viewer must not see."""
    base = datetime(2026, 3, 1, tzinfo=UTC)
    async with clean_db.transaction() as session:
        viewer_user = await factories.make_user(session)
        other = await factories.make_user(session)
        fans = [await factories.make_user(session) for _ in range(3)]
        for i in range(23):
            script = await factories.make_script(
                session,
                author=viewer_user if i % 4 == 0 else other,
                title=TITLES[i % len(TITLES)],
                is_public=i % 4 != 0,  # the viewer's own scripts are private: still visible to them
                execution_count=i % 3,
            )
            when = base + timedelta(hours=i // 3)  # three scripts per timestamp
            await session.execute(
                update(models.Script).where(models.Script.id == script.id).values(created_at=when, updated_at=when)
            )
            if i % 2 == 0:
                await factories.make_analysis(
                    session, script=script, security_score=50 + 10 * (i % 3), quality_score=40 + 5 * (i % 5), risk_score=10 * (i % 4)
                )
            for fan in fans[: i % 4]:
                session.add(models.Favorite(user_id=fan.id, script_id=script.id))
        hidden = await factories.make_script(session, author=other, is_public=False, title="alpha")
        deleted = await factories.make_script(session, author=other, title="alpha", deleted_at=base)
    return {"viewer": Viewer(id=viewer_user.id), "hidden": {hidden.id, deleted.id}}


def _score(node: dict[str, Any], name: str, direction: str) -> int:
    """Unanalysed scripts come last in either direction."""
    if node["analysis"] is None:
        return -1 if direction == "DESC" else 101
    return int(node["analysis"][name])


def _sort_value(node: dict[str, Any], field: str, direction: str) -> Any:
    return {
        "CREATED_AT": node["createdAt"],
        "UPDATED_AT": node["createdAt"],  # set equal in the fixture
        "TITLE": node["title"],
        "SECURITY_SCORE": _score(node, "securityScore", direction),
        "QUALITY_SCORE": _score(node, "qualityScore", direction),
        "RISK_SCORE": _score(node, "riskScore", direction),
        "EXECUTION_COUNT": node["executionCount"],
        "FAVORITE_COUNT": node["favoriteCount"],
    }[field]


def _db_id(global_id: str) -> int:
    import base64

    return int(base64.b64decode(global_id).decode().split(":")[1])


async def _walk(db: Database, viewer: Viewer, order: dict[str, str], *, backward: bool, size: int) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    cursor = None
    for _ in range(50):
        args = {"order": order, "last": size, "before": cursor} if backward else {"order": order, "first": size, "after": cursor}
        page = (await run(db, PAGE, args, viewer=viewer))["scripts"]
        batch = [edge["node"] for edge in page["edges"]]
        nodes = batch + nodes if backward else nodes + batch
        more = page["pageInfo"]["hasPreviousPage" if backward else "hasNextPage"]
        if not more:
            return nodes
        cursor = page["pageInfo"]["startCursor" if backward else "endCursor"]
    raise AssertionError("pagination did not end")


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("direction", ["ASC", "DESC"])
async def test_walking_all_pages_both_ways_returns_every_visible_row_once_in_order(
    tied_scripts: dict[str, Any], clean_db: Database, field: str, direction: str
) -> None:
    viewer, order = tied_scripts["viewer"], {"field": field, "direction": direction}
    forward = await _walk(clean_db, viewer, order, backward=False, size=4)
    backward = await _walk(clean_db, viewer, order, backward=True, size=5)

    ids = [_db_id(node["id"]) for node in forward]
    assert len(ids) == len(set(ids)) == 23
    assert not set(ids) & tied_scripts["hidden"]
    expected = sorted(forward, key=lambda n: (_sort_value(n, field, direction), _db_id(n["id"])), reverse=direction == "DESC")
    assert [n["id"] for n in forward] == [n["id"] for n in expected]
    assert [n["id"] for n in backward] == [n["id"] for n in forward]
    if field.endswith("_SCORE"):
        assert forward[-1]["analysis"] is None and forward[0]["analysis"] is not None  # unanalysed last


async def test_page_info_and_total_count_describe_the_whole_list(tied_scripts: dict[str, Any], clean_db: Database) -> None:
    viewer = tied_scripts["viewer"]
    first = (await run(clean_db, PAGE, {"first": 10}, viewer=viewer))["scripts"]
    assert first["totalCount"] == 23
    assert first["pageInfo"]["hasNextPage"] is True and first["pageInfo"]["hasPreviousPage"] is False
    assert first["pageInfo"]["endCursor"] == first["edges"][-1]["cursor"]
    empty = (await run(clean_db, PAGE, {"first": 0}, viewer=viewer))["scripts"]
    assert empty["edges"] == [] and empty["pageInfo"]["endCursor"] is None and empty["totalCount"] == 23
    default = (await run(clean_db, PAGE, {}, viewer=viewer))["scripts"]
    assert len(default["edges"]) == 20


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"first": 101}, "`first` must be between 0 and 100, got 101."),
        ({"last": -1}, "`last` must be between 0 and 100, got -1."),
        ({"first": 5, "last": 5}, "Paginate with first/after or with last/before, not both."),
        ({"after": "not-a-cursor"}, "Invalid cursor"),
        ({"after": "WyJ4IiwgW119"}, "Invalid cursor"),
    ],
)
async def test_bad_pagination_arguments_get_a_clear_error(
    clean_db: Database, variables: dict[str, Any], message: str
) -> None:
    data, errors = await run_with_errors(clean_db, PAGE, variables)
    assert data is None
    assert len(errors) == 1 and errors[0]["message"].startswith(message)
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_cursor_from_another_ordering_is_rejected(tied_scripts: dict[str, Any], clean_db: Database) -> None:
    viewer = tied_scripts["viewer"]
    by_title = (await run(clean_db, PAGE, {"order": {"field": "TITLE"}, "first": 2}, viewer=viewer))["scripts"]
    _, errors = await run_with_errors(
        clean_db, PAGE, {"order": {"field": "CREATED_AT"}, "after": by_title["pageInfo"]["endCursor"]}, viewer=viewer
    )
    assert errors and errors[0]["message"].startswith("Invalid cursor")


async def test_nested_connections_paginate_per_parent(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        scripts = [await factories.make_script(session, author=author) for _ in range(2)]
        for script in scripts:
            for _ in range(5):
                await factories.make_comment(session, script=script, author=author)
    query = """
    query($after: String) { scripts(first: 2) { nodes { comments(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { content } } } } }
    """
    walked: list[list[str]] = [[], []]
    cursor = None
    for _ in range(3):
        nodes = (await run(clean_db, query, {"after": cursor}))["scripts"]["nodes"]
        # Both parents use the same `after`, which only matches one list; walk the first.
        connection = nodes[0]["comments"]
        assert connection["totalCount"] == 5
        walked[0] += [n["content"] for n in connection["nodes"]]
        cursor = connection["pageInfo"]["endCursor"]
        if not connection["pageInfo"]["hasNextPage"]:
            break
    assert len(walked[0]) == 5 and len(set(walked[0])) == 5
