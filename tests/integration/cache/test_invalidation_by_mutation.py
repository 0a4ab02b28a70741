"""Each mutation kind, run through the cache, makes the next read show its change at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from strawberry.relay import to_base64

from psscript_graphql.cache.memory import MemoryStore
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests import factories
from tests.support.graphql import plain

LIST = """{ scripts(first: 20, orderBy: {field: TITLE, direction: ASC}) { totalCount nodes {
  title version executionCount favoriteCount commentCount tags { name } category { name } dependencies { totalCount } } } }"""


@dataclass
class Case:
    mutation: str
    variables: Callable[[dict[str, Any]], dict[str, Any]]
    changed: Callable[[dict[str, Any]], Any]  # reads, from the cached list, what the mutation changes
    as_admin: bool = False


def first(data: dict[str, Any]) -> dict[str, Any]:
    return data["scripts"]["nodes"][0]


CASES = {
    "createScript": Case(
        'mutation { createScript(input: {title: "A new", content: "Get-Date"}) { errors { code } } }',
        lambda ids: {}, lambda data: data["scripts"]["totalCount"],
    ),
    "updateScript": Case(
        'mutation($id: ID!) { updateScript(input: {id: $id, content: "Get-Date -Format o"}) { errors { code } } }',
        lambda ids: {"id": ids["script"]}, lambda data: first(data)["version"],
    ),
    "revertScript": Case(
        "mutation($id: ID!) { revertScript(id: $id, toVersion: 1) { errors { code } } }",
        lambda ids: {"id": ids["script"]}, lambda data: first(data)["version"],
    ),
    "deleteScript": Case(
        "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }",
        lambda ids: {"id": ids["script"]}, lambda data: data["scripts"]["totalCount"],
    ),
    "setScriptTags": Case(
        'mutation($id: ID!) { setScriptTags(id: $id, tags: ["backup"]) { errors { code } } }',
        lambda ids: {"id": ids["script"]}, lambda data: first(data)["tags"],
    ),
    "recordExecution": Case(
        "mutation($id: ID!) { recordExecution(input: {scriptId: $id, status: SUCCESS, executionTimeMs: 12}) { errors { code } } }",
        lambda ids: {"id": ids["script"]}, lambda data: first(data)["executionCount"],
    ),
    "favoriteScript": Case(
        "mutation($id: ID!) { favoriteScript(scriptId: $id) { errors { code } } }",
        lambda ids: {"id": ids["script"]}, lambda data: first(data)["favoriteCount"],
    ),
    "addComment": Case(
        'mutation($id: ID!) { addComment(scriptId: $id, content: "Nice") { errors { code } } }',
        lambda ids: {"id": ids["script"]}, lambda data: first(data)["commentCount"],
    ),
    "addDependency": Case(
        "mutation($a: ID!, $b: ID!) { addDependency(parentId: $a, childId: $b) { errors { code } } }",
        lambda ids: {"a": ids["script"], "b": ids["other"]}, lambda data: first(data)["dependencies"]["totalCount"],
    ),
    "renameCategory": Case(
        'mutation($id: ID!) { renameCategory(id: $id, name: "Renamed") { errors { code } } }',
        lambda ids: {"id": ids["category"]}, lambda data: first(data)["category"], as_admin=True,
    ),
    "purgeScript": Case(
        "mutation($id: ID!) { purgeScript(id: $id) { errors { code } } }",
        lambda ids: {"id": ids["script"]}, lambda data: data["scripts"]["totalCount"], as_admin=True,
    ),
}


async def execute(db: Database, store: MemoryStore, document: str, variables: dict[str, Any], viewer: Viewer) -> Any:
    # The row and list caches belong to the resolvers; compiled reads bypass them.
    context = Context(db=db, settings=Settings(compiled_reads=False), request=None, request_id="test", viewer=viewer, cache=RequestCache(store))
    result = await schema.execute(document, variable_values=variables, context_value=context)
    assert result.errors is None, result.errors
    return plain(result.data)


@pytest.mark.parametrize("kind", CASES)
async def test_every_mutation_kind_invalidates_the_cached_list(clean_db: Database, kind: str) -> None:
    case = CASES[kind]
    async with clean_db.transaction() as session:
        owner = await factories.make_user(session)
        admin = await factories.make_user(session, role="admin")
        category = await factories.make_category(session, name="Original")
        script = await factories.make_script(session, author=owner, title="B script", category_id=category.id, version=2)
        await factories.make_version(session, script=script, version=1, content="Get-Date -Format s", file_hash="0" * 64)
        await factories.make_version(session, script=script)
        other = await factories.make_script(session, author=owner, title="C other")
    viewer = Viewer(id=owner.id, role="user")
    actor = Viewer(id=admin.id, role="admin") if case.as_admin else viewer
    ids = {"script": to_base64("Script", script.id), "other": to_base64("Script", other.id), "category": to_base64("Category", category.id)}
    store = MemoryStore()

    before = case.changed(await execute(clean_db, store, LIST, {}, viewer))
    assert case.changed(await execute(clean_db, store, LIST, {}, viewer)) == before  # now served from the cache
    payload = await execute(clean_db, store, case.mutation, case.variables(ids), actor)
    assert next(iter(payload.values()))["errors"] == []
    assert case.changed(await execute(clean_db, store, LIST, {}, viewer)) != before
