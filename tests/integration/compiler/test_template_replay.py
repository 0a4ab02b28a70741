"""A document replayed for new variables reuses the subtrees whose arguments are literals, and
rebuilds those that read a variable: each answer still equals the resolvers'."""

from __future__ import annotations

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.support.differential import REFERENCE, gid, report, response_bytes, viewers_of
from tests.support.graphql import execute

DOCUMENT = """
query Detail($id: ID!, $versions: Int!) {
  script(id: $id) {
    id title
    comments(first: 3) { totalCount edges { cursor node { content author { username } } } pageInfo { hasNextPage } }
    versions(first: $versions) { totalCount nodes { version author { username } } }
    tags { name scripts(first: 2) { nodes { id title } } }
  }
}
"""


async def test_replays_with_other_variables_answer_as_the_resolvers(seeded: Database) -> None:
    settings = Settings(compiled_reads=True)
    reads = compiled_reads(schema, settings.compiled_plan_cache_size)
    viewers = await viewers_of(seeded)
    before = reads.answered
    # Other scripts (literal-argument subtrees reused) and other page sizes (a variable: rebuilt).
    for script_id, versions in ((1, 1), (2, 5), (5, 0), (6, 2), (1, 3)):
        variables = {"id": gid("Script", script_id), "versions": versions}
        for label, viewer in viewers.items():
            got = response_bytes(await execute(seeded, DOCUMENT, variables, viewer=viewer, settings=settings))
            expected = response_bytes(await execute(seeded, DOCUMENT, variables, viewer=viewer, settings=REFERENCE))
            assert got == expected, report(label, script_id, DOCUMENT, variables, got, expected)
    assert reads.answered - before == 20  # every one of them compiled
