"""addDependency / removeDependency: owner of the parent, visible child, no self-links, no cycles."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_script
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error

ADD = """
mutation($parent: ID!, $child: ID!) {
  addDependency(parentId: $parent, childId: $child) {
    parent { title dependencies { totalCount nodes { title } } }
    child { title dependents { totalCount } }
    errors { code field message }
  }
}"""
REMOVE = """
mutation($parent: ID!, $child: ID!) {
  removeDependency(parentId: $parent, childId: $child) { parent { dependencies { totalCount } } errors { code field message } }
}"""


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def alice_scripts(db: Database, cast: Cast, *titles: str, is_public: bool = True) -> list[str]:
    async with db.transaction() as session:
        alice = await session.get(models.User, cast.alice.id)
        rows = [await make_script(session, author=alice, title=title, is_public=is_public) for title in titles]
    return [gid("Script", row.id) for row in rows]


async def link(db: Database, parent: str, child: str, viewer: Any, mutation: str = ADD) -> dict[str, Any]:
    return await mutate(db, mutation, {"parent": parent, "child": child}, viewer)


async def test_add_dependency_links_the_scripts_and_is_idempotent(clean_db: Database, cast: Cast) -> None:
    payload = await link(clean_db, cast.public_id, cast.private_id, cast.alice)
    assert payload == {
        "parent": {"title": "Public one", "dependencies": {"totalCount": 1, "nodes": [{"title": "Private one"}]}},
        "child": {"title": "Private one", "dependents": {"totalCount": 1}},
        "errors": [],
    }
    assert (await link(clean_db, cast.public_id, cast.private_id, cast.alice))["errors"] == []
    assert await count(clean_db, models.ScriptDependency) == 1


async def test_a_public_script_of_someone_else_may_be_a_child(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        bob = await session.get(models.User, cast.bob.id)
        bobs = await make_script(session, author=bob, title="Bob's")
    payload = await link(clean_db, gid("Script", bobs.id), cast.public_id, cast.bob)
    assert payload["errors"] == [] and payload["parent"]["dependencies"]["totalCount"] == 1


async def test_a_self_link_is_refused(clean_db: Database, cast: Cast) -> None:
    payload = await link(clean_db, cast.public_id, cast.public_id, cast.alice)
    assert error_codes(payload) == [("SELF_DEPENDENCY", ["childId"])]


async def test_a_cycle_is_refused_with_its_path(clean_db: Database, cast: Cast) -> None:
    a, b, c = await alice_scripts(clean_db, cast, "Alpha", "Beta", "Gamma")
    for parent, child in ((a, b), (b, c)):
        assert (await link(clean_db, parent, child, cast.alice))["errors"] == []
    payload = await link(clean_db, c, a, cast.alice)
    assert error_codes(payload) == [("DEPENDENCY_CYCLE", ["childId"])]
    message = payload["errors"][0]["message"]
    assert f'"Gamma" ({c}) → "Alpha" ({a}) → "Beta" ({b}) → "Gamma" ({c})' in message
    assert await count(clean_db, models.ScriptDependency) == 2


async def test_a_cycle_through_a_script_the_viewer_cannot_see_does_not_name_it(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        bob = await session.get(models.User, cast.bob.id)
        secret = await make_script(session, author=bob, title="Bob's secret", is_public=False)
        bobs_public = await make_script(session, author=bob, title="Bob's public")
        session.add_all([
            models.ScriptDependency(parent_id=cast.public.id, child_id=secret.id),
            models.ScriptDependency(parent_id=secret.id, child_id=bobs_public.id),
        ])
    payload = await link(clean_db, gid("Script", bobs_public.id), cast.public_id, cast.bob)
    assert error_codes(payload) == [("DEPENDENCY_CYCLE", ["childId"])]  # bob sees his own secret
    admin_view = await link(clean_db, gid("Script", bobs_public.id), cast.public_id, cast.admin)
    assert "Bob's secret" in admin_view["errors"][0]["message"]
    async with clean_db.transaction() as session:  # now alice closes a cycle through bob's secret
        await session.execute(models.ScriptDependency.__table__.delete())
        session.add_all([
            models.ScriptDependency(parent_id=cast.private.id, child_id=secret.id),
            models.ScriptDependency(parent_id=secret.id, child_id=cast.public.id),
        ])
    hidden = await link(clean_db, cast.public_id, cast.private_id, cast.alice)
    message = hidden["errors"][0]["message"]
    assert error_codes(hidden) == [("DEPENDENCY_CYCLE", ["childId"])]
    assert "a script you cannot see" in message and "secret" not in message and gid("Script", secret.id) not in message


async def test_concurrent_opposite_links_cannot_form_a_cycle(clean_db: Database, cast: Cast) -> None:
    for _ in range(5):
        a, b = await alice_scripts(clean_db, cast, "A", "B")
        payloads = await asyncio.gather(link(clean_db, a, b, cast.alice), link(clean_db, b, a, cast.alice))
        assert sorted(bool(p["errors"]) for p in payloads) == [False, True]
        assert [e["code"] for p in payloads for e in p["errors"]] == ["DEPENDENCY_CYCLE"]
    assert await count(clean_db, models.ScriptDependency) == 5


async def test_add_dependency_to_a_missing_or_invisible_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        bob = await session.get(models.User, cast.bob.id)
        bobs = gid("Script", (await make_script(session, author=bob)).id)
    assert error_codes(await link(clean_db, bobs, cast.private_id, cast.bob)) == [("NOT_FOUND", ["childId"])]
    assert error_codes(await link(clean_db, cast.private_id, bobs, cast.bob)) == [("NOT_FOUND", ["parentId"])]
    assert error_codes(await link(clean_db, bobs, gid("Script", 70_000), cast.bob)) == [("NOT_FOUND", ["childId"])]


async def test_add_dependency_from_another_users_script_is_forbidden(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        bob = await session.get(models.User, cast.bob.id)
        bobs = gid("Script", (await make_script(session, author=bob)).id)
    assert error_codes(await link(clean_db, cast.public_id, bobs, cast.bob)) == [("FORBIDDEN", ["parentId"])]
    assert await count(clean_db, models.ScriptDependency) == 0


async def test_remove_dependency_unlinks_and_reports_a_missing_link(clean_db: Database, cast: Cast) -> None:
    await link(clean_db, cast.public_id, cast.private_id, cast.alice)
    removed = await link(clean_db, cast.public_id, cast.private_id, cast.admin, REMOVE)
    assert removed == {"parent": {"dependencies": {"totalCount": 0}}, "errors": []}
    again = await link(clean_db, cast.public_id, cast.private_id, cast.alice, REMOVE)
    assert error_codes(again) == [("NOT_FOUND", ["childId"])]


async def test_remove_dependency_checks_the_parent_owner_and_visibility(clean_db: Database, cast: Cast) -> None:
    [leaf] = await alice_scripts(clean_db, cast, "Leaf")
    await link(clean_db, cast.private_id, cast.public_id, cast.alice)
    await link(clean_db, cast.public_id, leaf, cast.alice)
    assert error_codes(await link(clean_db, cast.private_id, cast.public_id, cast.bob, REMOVE)) == [("NOT_FOUND", ["parentId"])]
    assert error_codes(await link(clean_db, cast.public_id, leaf, cast.bob, REMOVE)) == [("FORBIDDEN", ["parentId"])]
    assert await count(clean_db, models.ScriptDependency) == 2


@pytest.mark.parametrize("mutation", [ADD, REMOVE])
async def test_dependency_mutations_need_a_signed_in_viewer(clean_db: Database, cast: Cast, mutation: str) -> None:
    code = await top_level_error(clean_db, mutation, {"parent": cast.public_id, "child": cast.private_id}, ANONYMOUS)
    assert code == "UNAUTHENTICATED"


async def test_dependency_mutations_want_script_ids(clean_db: Database, cast: Cast) -> None:
    code = await top_level_error(clean_db, ADD, {"parent": cast.public_id, "child": gid("Comment", 1)}, cast.alice)
    assert code == "BAD_USER_INPUT"
