from __future__ import annotations

import orjson
import pytest

from psscript_graphql.compiler.reads import CompiledReads
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.schema import schema
from psscript_graphql.seed.demo import seed_database
from tests.support.graphql import execute

Q = """
query ScriptList {
  scripts(first: 20) {
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
    totalCount
    edges {
      cursor
      node {
        id title description version isPublic createdAt updatedAt
        author { id username email }
        category { id name }
        tags { id name }
        analysis { securityScore qualityScore riskScore purpose isStale }
        favoriteCount
        commentCount isFavorite
        comments(first: 2) { totalCount nodes { content author { username } edited } }
        versions(last: 2) { pageInfo { hasPreviousPage startCursor } edges { cursor node { version author { id } script { id } } } }
        dependencies { totalCount nodes { id } }
      }
    }
  }
  me { id username scripts(first: 3) { totalCount nodes { title } } favorites { nodes { createdAt script { title } user { username } } } }
  categories { nodes { name scriptCount scripts(first: 2) { nodes { title } } } }
  users(first: 5) { edges { cursor node { username role createdAt lastLoginAt } } }
}
"""


@pytest.mark.parametrize("viewer", [ANONYMOUS, Viewer(id=2, role="user"), Viewer(id=1, role="admin")])
async def test_smoke(clean_db, viewer) -> None:
    await seed_database(clean_db)
    reads = CompiledReads(schema)
    compiled = await reads.execute(clean_db, Q, None, None, viewer)
    assert compiled is not None
    expected = await execute(clean_db, Q, viewer=viewer)
    assert expected.errors is None
    a, b = orjson.dumps(compiled), orjson.dumps(expected.data)
    assert a == b, _diff(a, b)


def _diff(a: bytes, b: bytes) -> str:
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return f"compiled: {a[max(0, i-300):i+100]!r}\nexpected: {b[max(0, i-300):i+100]!r}"
