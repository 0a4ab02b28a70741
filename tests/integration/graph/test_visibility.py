"""A private script is seen by its owner and admins only, a deleted one by admins only — on every path."""

from __future__ import annotations

from typing import Any

import pytest
from strawberry.relay import to_base64

from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import run

PRIVATE, DELETED = "SECRET private script", "SECRET deleted script"

EVERY_PATH = """
query Everything($alice: String!, $tag: String!, $ids: [ID!]!) {
  scripts(first: 100) { totalCount nodes { title } }
  search: scripts(filter: {query: "SECRET"}) { totalCount nodes { title } }
  nodes(ids: $ids) { ... on Script { title } ... on Comment { content } ... on ScriptVersion { title }
                     ... on ScriptAnalysis { purpose } ... on ExecutionLog { status } }
  user(username: $alice) {
    scriptCount
    scripts { totalCount nodes { title } }
    favorites { totalCount nodes { script { title } } }
    comments { totalCount nodes { content script { title } } }
  }
  tag(name: $tag) { scriptCount scripts { totalCount nodes { title } } }
  categories { nodes { scriptCount scripts { totalCount nodes { title } } } }
  public: scripts(filter: {query: "Public"}) { nodes {
    title
    dependencies { totalCount nodes { title } }
    dependents { totalCount nodes { title } }
    dependencyTree(maxDepth: 5) { script { title } }
  } }
  analytics {
    scriptsPerCategory { count }
    mostFavorited(first: 10) { script { title } }
    mostExecuted(first: 10) { title }
    securityScoreDistribution(bucketSize: 50) { count }
  }
}
"""


def _titles(value: Any) -> set[str]:
    """Every `title` or `content`/`purpose` string anywhere in a response."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key in {"title", "content", "purpose"} and isinstance(item, str):
                found.add(item)
            else:
                found |= _titles(item)
    elif isinstance(value, list):
        for item in value:
            found |= _titles(item)
    return found


@pytest.fixture
async def world(clean_db: Database) -> dict[str, Any]:
    async with clean_db.transaction() as session:
        alice = await factories.make_user(session, username="alice")
        bob = await factories.make_user(session, username="bob")
        admin = await factories.make_user(session, username="root", role="admin")
        category = await factories.make_category(session)
        tag = await factories.make_tag(session, name="shared")
        public_parent = await factories.make_script(session, author=bob, title="Public parent", category_id=category.id)
        public_child = await factories.make_script(session, author=bob, title="Public child", category_id=category.id)
        secret = await factories.make_script(
            session, author=alice, title=PRIVATE, is_public=False, category_id=category.id, execution_count=9
        )
        deleted = await factories.make_script(
            session, author=alice, title=DELETED, category_id=category.id, execution_count=7,
            deleted_at=secret.created_at,
        )
        hidden_rows: list[str] = []
        for script in (secret, deleted):
            version = await factories.make_version(session, script=script, title=script.title)
            analysis = await factories.make_analysis(session, script=script, purpose=f"{script.title} purpose")
            comment = await factories.make_comment(session, script=script, author=alice, content=f"{script.title} comment")
            log = await factories.make_execution_log(session, script=script, user=alice)
            session.add_all(
                [
                    models.ScriptTag(script_id=script.id, tag_id=tag.id),
                    models.Favorite(user_id=alice.id, script_id=script.id),
                    models.Favorite(user_id=bob.id, script_id=script.id),
                    # public parent → secret → public child: the secret sits inside a chain
                    models.ScriptDependency(parent_id=public_parent.id, child_id=script.id),
                    models.ScriptDependency(parent_id=script.id, child_id=public_child.id),
                ]
            )
            hidden_rows += [
                to_base64("Script", script.id),
                to_base64("ScriptVersion", version.id),
                to_base64("ScriptAnalysis", analysis.id),
                to_base64("Comment", comment.id),
                to_base64("ExecutionLog", log.id),
            ]
    return {
        "alice": Viewer(id=alice.id),
        "bob": Viewer(id=bob.id),
        "admin": Viewer(id=admin.id, role="admin"),
        "ids": hidden_rows,
    }


async def _everything(db: Database, world: dict[str, Any], viewer: Viewer) -> dict[str, Any]:
    variables = {"alice": "alice", "tag": "shared", "ids": world["ids"]}
    return await run(db, EVERY_PATH, variables, viewer=viewer)


@pytest.mark.parametrize("who", ["bob", "anonymous"])
async def test_another_users_private_and_deleted_scripts_appear_on_no_path(
    world: dict[str, Any], clean_db: Database, who: str
) -> None:
    viewer = ANONYMOUS if who == "anonymous" else world[who]
    data = await _everything(clean_db, world, viewer)
    assert not any("SECRET" in text for text in _titles(data))
    assert data["nodes"] == [None] * 10
    assert data["scripts"]["totalCount"] == 2 and data["search"]["totalCount"] == 0
    assert data["user"]["scriptCount"] == 0 and data["user"]["favorites"]["totalCount"] == 0
    assert data["user"]["comments"]["totalCount"] == 0
    assert data["tag"] is None  # carried by hidden scripts only: its name would tell what they are about
    assert data["categories"]["nodes"][0]["scriptCount"] == 2
    assert sum(c["count"] for c in data["analytics"]["scriptsPerCategory"]) == 2
    assert sum(b["count"] for b in data["analytics"]["securityScoreDistribution"]) == 0
    by_title = {node["title"]: node for node in data["public"]["nodes"]}
    assert by_title["Public parent"]["dependencies"]["totalCount"] == 0
    assert by_title["Public child"]["dependents"]["totalCount"] == 0
    # The tree stops at the hidden script: nothing below it leaks either.
    assert by_title["Public parent"]["dependencyTree"] == []


async def test_the_owner_sees_their_private_script_but_not_their_deleted_one(world: dict[str, Any], clean_db: Database) -> None:
    data = await _everything(clean_db, world, world["alice"])
    titles = _titles(data)
    assert PRIVATE in titles and DELETED not in titles
    assert data["user"]["scriptCount"] == 1
    assert [n is not None for n in data["nodes"]] == [True] * 5 + [False] * 5
    tree = {n["script"]["title"] for n in next(p for p in data["public"]["nodes"] if p["title"] == "Public parent")["dependencyTree"]}
    assert tree == {PRIVATE, "Public child"}


async def test_an_admin_sees_private_scripts_everywhere_and_deleted_ones_by_id(world: dict[str, Any], clean_db: Database) -> None:
    data = await _everything(clean_db, world, world["admin"])
    titles = _titles(data)
    assert PRIVATE in titles
    assert data["scripts"]["totalCount"] == 3  # deleted scripts stay out of lists by default
    assert all(node is not None for node in data["nodes"])  # …but are reachable by id
    with_deleted = await run(
        clean_db, "{ scripts(filter: {includeDeleted: true}) { totalCount } }", viewer=world["admin"]
    )
    assert with_deleted["scripts"]["totalCount"] == 4


async def test_include_deleted_is_refused_to_non_admins(world: dict[str, Any], clean_db: Database) -> None:
    from tests.support.graphql import run_with_errors

    data, errors = await run_with_errors(
        clean_db, "{ scripts(filter: {includeDeleted: true}) { totalCount } }", viewer=world["alice"]
    )
    assert data is None and errors[0]["extensions"]["code"] == "FORBIDDEN"


async def test_execution_logs_and_private_user_fields_are_for_the_owner_and_admins(
    world: dict[str, Any], clean_db: Database
) -> None:
    query = """{ user(username: "alice") { email lastLoginAt scripts { nodes { executionLogs { totalCount } } } } }"""
    as_alice = await run(clean_db, query, viewer=world["alice"])
    as_bob = await run(clean_db, query, viewer=world["bob"])
    assert as_alice["user"]["email"] is not None
    assert as_alice["user"]["scripts"]["nodes"][0]["executionLogs"]["totalCount"] == 1
    assert as_bob["user"]["email"] is None
    public_logs = await run(clean_db, '{ scripts { nodes { executionLogs { totalCount } } } }', viewer=world["bob"])
    assert all(n["executionLogs"] is not None for n in public_logs["scripts"]["nodes"])  # bob owns both public ones
    anonymous_logs = await run(clean_db, '{ scripts { nodes { executionLogs { totalCount } } } }')
    assert all(n["executionLogs"] is None for n in anonymous_logs["scripts"]["nodes"])
