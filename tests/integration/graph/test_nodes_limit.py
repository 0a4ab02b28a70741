"""`nodes(ids:)` takes at most one page of ids (100) and costs what it fetches: one per id."""

from __future__ import annotations

from graphql import parse
from strawberry import relay

from psscript_graphql.core.extensions.cost import operation_cost
from psscript_graphql.core.node_queries import MAX_NODE_IDS
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.factories import make_script, make_user
from tests.support.graphql import execute, plain

NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"


def script_ids(count: int) -> list[str]:
    return [str(relay.GlobalID("Script", str(n))) for n in range(1, count + 1)]


async def test_one_page_of_ids_is_answered(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        script = await make_script(session, author=await make_user(session))
    result = await execute(clean_db, NODES, {"ids": script_ids(MAX_NODE_IDS)})
    assert result.errors is None and len(plain(result.data)["nodes"]) == MAX_NODE_IDS
    assert plain(result.data)["nodes"][script.id - 1] == {"id": str(relay.GlobalID("Script", str(script.id)))}


async def test_more_ids_than_a_page_are_bad_user_input(clean_db: Database) -> None:
    for count in (MAX_NODE_IDS + 1, 100_000):  # 100,000 broke asyncpg's 32,767-parameter limit
        result = await execute(clean_db, NODES, {"ids": script_ids(count)}, settings=None)
        assert result.data is None
        [error] = result.errors
        assert error.extensions == {"code": "BAD_USER_INPUT", "argument": "ids"}
        assert f"at most {MAX_NODE_IDS} IDs, got {count}" in error.message


def test_nodes_cost_one_per_id_plus_what_each_selects() -> None:
    def cost(query: str, ids: list[str]) -> int:
        return operation_cost(schema._schema, parse(query), None, {"ids": ids})

    assert cost(NODES, script_ids(100)) == 100  # was 1 whatever the count
    assert cost("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Script { author { username } } } }", script_ids(3)) == 3 * 2
    literal = '{ nodes(ids: ["a", "b", "c", "d"]) { id } }'
    assert operation_cost(schema._schema, parse(literal), None, None) == 4


async def test_ids_naming_no_node_type_read_as_null_in_place(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        script = await make_script(session, author=await make_user(session))
    known = str(relay.GlobalID("Script", str(script.id)))
    unknown = [str(relay.GlobalID("Nope", "1")), str(relay.GlobalID("Query", "1")), str(relay.GlobalID("ScoreBucket", "1"))]
    result = await execute(clean_db, NODES, {"ids": [unknown[0], known, *unknown[1:]]})
    assert result.errors is None and plain(result.data)["nodes"] == [None, {"id": known}, None, None]
    for gid in unknown:  # was an internal error
        single = await execute(clean_db, "query($id: ID!) { node(id: $id) { id } }", {"id": gid})
        assert single.errors is None and plain(single.data) == {"node": None}
