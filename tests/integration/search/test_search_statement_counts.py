"""A search page costs the same number of statements for 1, 20 and 100 results."""

from __future__ import annotations

import pytest

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.backfill import backfill_embeddings
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from tests import factories
from tests.support.graphql import run, viewer_of
from tests.support.sql_counter import count_statements

QUERY = """
query Search($first: Int!, $mode: SearchMode!) {
  searchScripts(query: "backup share", mode: $mode, first: $first) {
    totalCount
    edges {
      score snippet
      node { title author { username } tags { name } similar(first: 2) { score script { title } } }
    }
  }
}
"""
# session settings + page, session settings + count, authors, tags, similar (settings + lateral
# query)
EXPECTED = 8


@pytest.fixture
async def many_backups(clean_db: Database) -> Database:
    async with clean_db.transaction() as session:
        tag = await factories.make_tag(session, name="backup")
        for i in range(120):
            author = await factories.make_user(session)
            script = await factories.make_script(
                session,
                author=author,
                title=f"Backup share {i} to the NAS",
                description="Copies the share to the backup NAS.",
                content=f"robocopy \\\\fs01\\share{i} \\\\nas01\\backup{i} /MIR\n",
            )
            session.add(models.ScriptTag(script_id=script.id, tag_id=tag.id))
        viewer_user = await factories.make_user(session)
    await backfill_embeddings(clean_db, FeatureHashingProvider())
    clean_db.viewer_user = viewer_user  # type: ignore[attr-defined]
    return clean_db


@pytest.mark.parametrize("mode", ["HYBRID", "TEXT", "FUZZY", "SEMANTIC"])
async def test_search_page_statements_do_not_grow_with_the_page(many_backups: Database, mode: str) -> None:
    viewer = viewer_of(many_backups.viewer_user)  # type: ignore[attr-defined]
    counts: dict[int, set[int]] = {1: set(), 20: set(), 100: set()}
    for first in (1, 20, 100, 100, 20, 1):
        with count_statements(many_backups.engine) as log:
            data = await run(many_backups, QUERY, {"first": first, "mode": mode}, viewer=viewer)
        assert len(data["searchScripts"]["edges"]) == first
        counts[first].add(log.count)
    assert counts == {1: {EXPECTED}, 20: {EXPECTED}, 100: {EXPECTED}}
