"""Look-ahead on pages of scripts (core/prefetch.py): the root `scripts` connection loads what
the query selects on its nodes before graphql-core resolves them. The answer and the SQL must
be what per-node loading gives, whichever way the query reaches the nodes."""

from __future__ import annotations

import pytest

from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests import factories
from tests.support.graphql import RESOLVERS, run, run_with_errors
from tests.support.sql_counter import count_statements

NODE_FIELDS = "title author { username } category { name } tags { name } analysis { purpose } favoriteCount commentCount versionCount"
THROUGH_EDGES = f"{{ scripts(first: 10) {{ edges {{ node {{ {NODE_FIELDS} }} }} }} }}"
THROUGH_NODES = f"{{ scripts(first: 10) {{ nodes {{ {NODE_FIELDS} }} }} }}"
THROUGH_FRAGMENTS = f"""
{{ scripts(first: 10) {{ ...Page }} }}
fragment Page on ScriptConnection {{ edges {{ node {{ ... on Script {{ ...Card }} }} }} }}
fragment Card on Script {{ {NODE_FIELDS} }}
"""
# Through a path the look-ahead does not cover (a category's scripts), the fields load per node.
THROUGH_CATEGORY = f"{{ categories {{ edges {{ node {{ scripts(first: 10) {{ edges {{ node {{ {NODE_FIELDS} }} }} }} }} }} }} }}"


@pytest.fixture
async def scripts(clean_db: Database) -> Database:
    async with clean_db.transaction() as session:
        category = await factories.make_category(session)
        tag = await factories.make_tag(session)
        for i in range(6):
            author = await factories.make_user(session)
            script = await factories.make_script(session, author=author, category_id=category.id if i % 2 else None)
            await factories.make_analysis(session, script=script)
            await factories.make_comment(session, script=script, author=author)
            session.add(models.ScriptTag(script_id=script.id, tag_id=tag.id))
            session.add(models.Favorite(user_id=author.id, script_id=script.id))
        await session.flush()
    return clean_db


def _nodes(data: dict) -> list[dict]:
    page = data["scripts"]
    return page["nodes"] if "nodes" in page else [edge["node"] for edge in page["edges"]]


async def test_every_way_to_the_nodes_gives_the_same_answer_and_statements(scripts: Database) -> None:
    answers, counts = [], []
    for query in (THROUGH_EDGES, THROUGH_NODES, THROUGH_FRAGMENTS):
        with count_statements(scripts.engine) as log:
            answers.append(_nodes(await run(scripts, query, settings=RESOLVERS)))
        counts.append(log.count)
    assert answers[0] == answers[1] == answers[2]
    assert len(answers[0]) == 6
    assert {node["category"] is None for node in answers[0]} == {True, False}
    assert all(node["analysis"] and node["tags"] == [{"name": node["tags"][0]["name"]}] for node in answers[0])
    assert all(node["favoriteCount"] == 1 and node["commentCount"] == 1 for node in answers[0])
    # page, authors, categories, tags, analyses, favorite/comment/version counts
    assert counts == [8, 8, 8]


async def test_nodes_reached_without_look_ahead_answer_the_same(scripts: Database) -> None:
    direct = sorted(_nodes(await run(scripts, THROUGH_EDGES, settings=RESOLVERS)), key=lambda node: node["title"])
    data = await run(scripts, THROUGH_CATEGORY, settings=RESOLVERS)
    via_category = [edge["node"] for c in data["categories"]["edges"] for edge in c["node"]["scripts"]["edges"]]
    assert sorted(via_category, key=lambda node: node["title"]) == [node for node in direct if node["category"]]


async def test_a_key_loaded_twice_in_one_request_is_fetched_once(scripts: Database) -> None:
    """Per-request memoization holds without a shared cache too (a loader attribute once
    shadowed aiodataloader's memoization switch, so each load of a key was a new batch)."""
    [script_id] = [r for r in (await run(scripts, "{ scripts(first: 1) { edges { node { id } } } }", settings=RESOLVERS))["scripts"]["edges"]]
    query = "query($id: ID!) { a: script(id: $id) { analysis { purpose } } b: script(id: $id) { analysis { purpose } } }"
    with count_statements(scripts.engine) as log:
        data = await run(scripts, query, {"id": script_id["node"]["id"]}, settings=RESOLVERS)
    assert data["a"] == data["b"] and data["a"]["analysis"]
    assert log.count == 2  # the script, its analysis


async def test_a_failing_prefetched_field_errors_where_it_is_resolved(scripts: Database) -> None:
    """The look-ahead swallows nothing: a load that fails reports on its field, with a path."""
    await scripts.engine.dispose()
    async with scripts.transaction() as session:
        from sqlalchemy import text

        await session.execute(text("ALTER TABLE user_favorites RENAME TO user_favorites_gone"))
    try:
        data, errors = await run_with_errors(scripts, "{ scripts(first: 2) { edges { node { title favoriteCount } } } }", settings=RESOLVERS)
    finally:
        async with scripts.transaction() as session:
            await session.execute(text("ALTER TABLE user_favorites_gone RENAME TO user_favorites"))
    assert data is None or data["scripts"] is None
    assert errors and all(error["path"][:1] == ["scripts"] for error in errors)
    assert {tuple(error["path"][-1:]) for error in errors} == {("favoriteCount",)}


async def test_loaded_rows_are_released_when_the_operation_ends(scripts: Database) -> None:
    context = Context(db=scripts, settings=Settings(), request=None, request_id="test", viewer=ANONYMOUS)
    result = await schema.execute(THROUGH_EDGES, context_value=context)
    assert result.errors is None
    assert not [name for name, value in vars(context.loaders).items() if not name.startswith("_")]


NESTED = """
query($categories: Int!) {
  categories(first: $categories) { edges { node { name scripts(first: 5) { edges { node { title author { username }
    tags { name } analysis { purpose } favoriteCount } } } } } }
}
"""


async def test_pages_of_sibling_parents_look_ahead_in_the_same_batches(clean_db: Database) -> None:
    """Each category's page of scripts looks ahead by itself; the loads of all siblings must
    still share one batch per field, so the statements do not grow with the categories."""
    async with clean_db.transaction() as session:
        tag = await factories.make_tag(session)
        for _ in range(4):
            category = await factories.make_category(session)
            for _ in range(3):
                author = await factories.make_user(session)
                script = await factories.make_script(session, author=author, category_id=category.id)
                await factories.make_analysis(session, script=script)
                session.add(models.ScriptTag(script_id=script.id, tag_id=tag.id))
        await session.flush()
    counts = {}
    for categories in (1, 4):
        with count_statements(clean_db.engine) as log:
            data = await run(clean_db, NESTED, {"categories": categories}, settings=RESOLVERS)
        pages = [edge["node"]["scripts"]["edges"] for edge in data["categories"]["edges"]]
        assert len(pages) == categories and all(len(page) == 3 for page in pages)
        assert all(e["node"]["author"] and e["node"]["tags"] and e["node"]["analysis"] for page in pages for e in page)
        counts[categories] = log.count
    # categories, their script pages, authors, tags, analyses, favorite counts
    assert counts == {1: 6, 4: 6}
