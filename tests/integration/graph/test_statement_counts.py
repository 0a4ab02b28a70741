"""The number of SQL statements depends on the query's shape, never on the number of rows."""

from __future__ import annotations

import pytest

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import RESOLVERS, run
from tests.support.sql_counter import count_statements

DEEP_QUERY = """
query Deep($first: Int!) {
  scripts(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title
        author { username }
        category { name }
        tags { name }
        latestVersion { version commitMessage author { username } }
        analysis { securityScore qualityScore riskScore purpose }
        comments(first: 3) { totalCount edges { node { content author { username } } } }
        favoriteCount
        commentCount
        versionCount
        dependencies(first: 5) { totalCount nodes { title author { username } } }
      }
    }
  }
}
"""
# One statement per batch: scripts page, its count, authors, category, tags, latest version,
# version authors, analysis, comments page, comment count, comment authors, favorite count,
# version count, dependencies page, dependency count, dependency authors.
EXPECTED_STATEMENTS = 16


@pytest.fixture
async def hundred_scripts(clean_db: Database) -> Database:
    """100 scripts where every related row has its own user, so no loader cache hides a batch."""

    async def users(n: int) -> list[models.User]:
        return [await factories.make_user(session) for _ in range(n)]

    async with clean_db.transaction() as session:
        script_authors, version_authors, comment_authors, library_authors = (
            await users(100), await users(100), await users(400), await users(100)
        )
        category = await factories.make_category(session)
        tags = [await factories.make_tag(session) for _ in range(3)]
        # Created first, so newest-first pages of up to 100 scripts never include them.
        library = [await factories.make_script(session, author=author) for author in library_authors]
        for i in range(100):
            script = await factories.make_script(session, author=script_authors[i], category_id=category.id, version=2)
            await factories.make_version(session, script=script, version=1)
            await factories.make_version(session, script=script, version=2, author_id=version_authors[i].id)
            await factories.make_analysis(session, script=script)
            for j in range(4):
                await factories.make_comment(session, script=script, author=comment_authors[4 * i + j])
            session.add(models.ScriptTag(script_id=script.id, tag_id=tags[i % 3].id))
            session.add(models.Favorite(user_id=comment_authors[i].id, script_id=script.id))
            session.add(models.ScriptDependency(parent_id=script.id, child_id=library[i].id))
        await session.flush()
    return clean_db


async def test_deep_script_query_issues_the_same_number_of_statements_for_1_20_and_100_scripts(
    hundred_scripts: Database,
) -> None:
    counts: dict[int, set[int]] = {1: set(), 20: set(), 100: set()}
    for first in (1, 20, 100, 100, 20, 1):  # twice each: batching must not depend on timing
        with count_statements(hundred_scripts.engine) as log:
            data = await run(hundred_scripts, DEEP_QUERY, {"first": first}, viewer=Viewer(id=1, role="user"), settings=RESOLVERS)
        edges = data["scripts"]["edges"]
        assert len(edges) == first
        # The shape is fully populated, so every nested batch really runs.
        assert all(len(e["node"]["comments"]["edges"]) == 3 for e in edges)
        assert all(e["node"]["analysis"] is not None and e["node"]["tags"] for e in edges)
        counts[first].add(log.count)
    assert counts == {1: {EXPECTED_STATEMENTS}, 20: {EXPECTED_STATEMENTS}, 100: {EXPECTED_STATEMENTS}}

