"""The search corpus in the database, embedded by the real backfill."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.backfill import backfill_embeddings
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from tests import factories
from tests.integration.search.corpus import CORPUS
from tests.support.graphql import run, run_with_errors, viewer_of

SEARCH = """
query Search($query: String!, $mode: SearchMode!, $first: Int, $after: String, $filter: ScriptFilter) {
  searchScripts(query: $query, mode: $mode, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor score snippet matchedBy node { id title } }
  }
}
"""


@dataclass
class Corpus:
    db: Database
    ids: dict[str, int]  # corpus key → script id
    titles: dict[int, str]
    owner: Viewer  # author of the public corpus
    other: Viewer  # owns one private and one deleted script
    admin: Viewer

    def key_of(self, title: str) -> str:
        return next(key for key, script_id in self.ids.items() if self.titles[script_id] == title)

    async def search(self, query: str, mode: str, *, viewer: Viewer | None = None, **variables: Any) -> dict[str, Any]:
        data = await run(self.db, SEARCH, {"query": query, "mode": mode, **variables}, viewer=viewer or self.owner)
        return data["searchScripts"]

    async def search_errors(self, query: str, mode: str = "HYBRID", **variables: Any) -> list[dict[str, Any]]:
        _, errors = await run_with_errors(self.db, SEARCH, {"query": query, "mode": mode, **variables}, viewer=self.owner)
        return errors

    async def top_keys(self, query: str, mode: str, n: int = 3, **variables: Any) -> list[str]:
        result = await self.search(query, mode, first=n, **variables)
        return [self.key_of(edge["node"]["title"]) for edge in result["edges"]]


PRIVATE_TITLE = "Backup of the private vault"
DELETED_TITLE = "Backup of the retired share"


async def _script(session: Any, author: models.User, title: str, description: str, content: str, **extra: Any) -> models.Script:
    return await factories.make_script(
        session,
        author=author,
        title=title,
        description=description,
        content=content,
        file_hash=hashlib.sha256(content.encode()).hexdigest(),
        **extra,
    )


@pytest.fixture
async def corpus(clean_db: Database) -> Corpus:
    async with clean_db.transaction() as session:
        owner, other = await factories.make_user(session), await factories.make_user(session)
        admin = await factories.make_user(session, role="admin")
        tags: dict[str, models.Tag] = {}
        ids: dict[str, int] = {}
        for item in CORPUS:
            script = await _script(session, owner, item.title, item.description, item.content)
            ids[item.key] = script.id
            for name in item.tags:
                if name not in tags:
                    tags[name] = await factories.make_tag(session, name=name)
                session.add(models.ScriptTag(script_id=script.id, tag_id=tags[name].id))
        backup = next(item for item in CORPUS if item.key == "backup")
        private = await _script(session, other, PRIVATE_TITLE, backup.description, backup.content + "# vault\n", is_public=False)
        deleted = await _script(
            session, other, DELETED_TITLE, backup.description, backup.content + "# retired\n",
            deleted_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
        ids["private"], ids["deleted"] = private.id, deleted.id
        session.add(models.ScriptTag(script_id=private.id, tag_id=tags["backup"].id))
        await session.flush()
    report = await backfill_embeddings(clean_db, FeatureHashingProvider(), batch_size=5)
    assert report.embedded == len(CORPUS) + 2
    titles = {script_id: title for title, script_id in (
        [(item.title, ids[item.key]) for item in CORPUS] + [(PRIVATE_TITLE, ids["private"]), (DELETED_TITLE, ids["deleted"])]
    )}
    return Corpus(clean_db, ids, titles, viewer_of(owner), viewer_of(other), viewer_of(admin))
