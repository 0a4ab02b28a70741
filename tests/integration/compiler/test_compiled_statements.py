"""A compiled read is one SQL statement per root field, whatever the page sizes."""

from __future__ import annotations

import orjson
import pytest

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from psscript_graphql.seed.demo import seed_database
from tests.support.graphql import execute
from tests.support.sql_counter import count_driver_statements

# The cost limit would refuse 100 × 100 pages; it is not what this test is about.
COMPILED = Settings(compiled_reads=True, max_query_cost=10_000_000)
REFERENCE = Settings(compiled_reads=False, max_query_cost=10_000_000)

DEEP = """
query Deep($first: Int!) {
  scripts(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title createdAt
        author { username scripts(first: $first) { totalCount nodes { title } } }
        category { name }
        tags { name }
        latestVersion { version commitMessage author { username } }
        analysis { securityScore qualityScore riskScore purpose isStale }
        comments(first: $first) { totalCount edges { node { content edited author { username } } } }
        favoritedBy(first: $first) { nodes { createdAt user { username } } }
        favoriteCount commentCount versionCount isFavorite
        dependencies(first: $first) { totalCount nodes { title author { username } } }
        executionLogs(first: $first) {
          totalCount
          edges { cursor node { id status executionTimeMs createdAt parameters errorMessage ipAddress user { username } } }
        }
      }
    }
  }
  me { username email }
  categories(first: $first) { nodes { name scriptCount } }
}
"""


@pytest.fixture
async def demo(clean_db: Database) -> Database:
    await seed_database(clean_db, seed=5)
    return clean_db


@pytest.mark.parametrize("viewer", [ANONYMOUS, Viewer(id=2, role="user"), Viewer(id=1, role="admin")], ids=["anonymous", "user", "admin"])
async def test_a_compiled_read_is_one_statement_per_root_field_at_every_page_size(demo: Database, viewer: Viewer) -> None:
    counts = {}
    for first in (1, 20, 100):
        with count_driver_statements(demo.engine) as log:
            result = await execute(demo, DEEP, {"first": first}, viewer=viewer, settings=COMPILED)
        assert result.errors is None, result.errors
        counts[first] = log.count
        reference = await execute(demo, DEEP, {"first": first}, viewer=viewer, settings=REFERENCE)
        assert orjson.dumps(result.data) == orjson.dumps(reference.data)
    # scripts, me, categories: three root fields, three statements (me is none when signed out).
    expected = 2 if viewer.id is None else 3
    assert counts == {1: expected, 20: expected, 100: expected}


async def test_the_resolvers_need_a_statement_per_batch(demo: Database) -> None:
    """The contrast that makes the compiled path worth having (and proves the counter counts)."""
    with count_driver_statements(demo.engine) as log:
        result = await execute(demo, DEEP, {"first": 20}, viewer=Viewer(id=2, role="user"), settings=REFERENCE)
    assert result.errors is None
    assert log.count > 15


async def test_a_large_compiled_statement_is_prepared_once_per_connection(demo: Database) -> None:
    # DEEP's scripts field compiles to more than asyncpg's default 15 KB cacheable statement:
    # without db/engine.py's limit it would be parsed and planned again on every request.
    reads = compiled_reads(schema, COMPILED.compiled_plan_cache_size)
    prepared = reads.prepare(DEEP, None, {"first": 20}, ANONYMOUS)
    assert prepared is not None
    plan = max(prepared.plans, key=lambda p: len(p.sql))
    assert len(plan.sql) > 15 * 1024
    async with demo.read_driver() as driver:
        for _ in range(2):
            await driver.fetchval(plan.sql, *plan.arguments(prepared.binds))
        kept = await driver.fetchval("SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", plan.sql)
    assert kept == 1
