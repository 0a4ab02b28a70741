"""Negative (or zero where meaningless) sizes and depths are BAD_USER_INPUT naming the argument,
on every field that takes one."""

from __future__ import annotations

import pytest
from strawberry import relay

from psscript_graphql.db.session import Database
from tests.factories import make_script, make_user
from tests.support.graphql import execute, viewer_of

ON_SCRIPT = [
    ("versions(first: -1) { totalCount }", "first"),
    ("comments(last: -1) { totalCount }", "last"),
    ("favoritedBy(first: -1) { totalCount }", "first"),
    ("dependencies(first: -1) { totalCount }", "first"),
    ("dependents(last: -1) { totalCount }", "last"),
    ("similar(first: -1) { score }", "first"),
    ("similar(first: 0) { score }", "first"),
    ("dependencyTree(maxDepth: -1) { depth }", "maxDepth"),
    ("dependencyTree(maxDepth: 0) { depth }", "maxDepth"),
]
ROOT = [
    ("{ analytics { securityScoreDistribution(bucketSize: -1) { count } } }", "bucketSize"),
    ("{ analytics { mostFavorited(first: -1) { count } } }", "first"),
    ("{ analytics { mostExecuted(first: -1) { id } } }", "first"),
    ("{ databaseAdmin { topStatements(limit: -1) { __typename } } }", "limit"),
    ("{ users(first: -1) { totalCount } }", "first"),
    ("{ scripts(last: -1) { totalCount } }", "last"),
    ('{ searchScripts(query: "x", first: -1) { totalCount } }', "first"),
    ("{ tags(first: -1) { totalCount } }", "first"),
    ("{ categories(last: -1) { totalCount } }", "last"),
    ("{ me { scripts(first: -1) { totalCount } } }", "first"),
    ("{ me { favorites(first: -1) { totalCount } } }", "first"),
    ("{ me { comments(first: -1) { totalCount } } }", "first"),
]


@pytest.mark.parametrize(("selection", "argument"), [*((f"{{ script(id: $id) {{ {s} }} }}", a) for s, a in ON_SCRIPT), *ROOT])
async def test_negative_sizes_are_bad_user_input(clean_db: Database, selection: str, argument: str) -> None:
    async with clean_db.transaction() as session:
        admin = await make_user(session, role="admin")
        script = await make_script(session, author=admin)
    query = f"query($id: ID!) {selection}" if "$id" in selection else selection
    variables = {"id": str(relay.GlobalID("Script", str(script.id)))} if "$id" in selection else None
    result = await execute(clean_db, query, variables, viewer=viewer_of(admin))
    assert [(e.extensions or {}).get("code") for e in result.errors or []] == ["BAD_USER_INPUT"]
    assert result.errors[0].extensions.get("argument") == argument
