"""find_visible / find_editable: the prebuilt statements apply the visibility rule for every role."""

from __future__ import annotations

import pytest

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db.session import Database
from psscript_graphql.scripts.access import Lock, find_editable, find_visible
from tests.support.mutations import Cast, make_cast, mutate


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def visible_titles(db: Database, viewer: object, ids: list[int], lock: Lock) -> set[str]:
    titles = set()
    async with db.transaction() as session:
        for script_id in ids:
            try:
                titles.add((await find_visible(session, viewer, script_id, field=("id",), lock=lock)).title)  # type: ignore[arg-type]
            except DomainError as error:
                assert error.code == "NOT_FOUND"
    return titles


@pytest.mark.parametrize("lock", list(Lock))
async def test_find_visible_applies_the_rule_for_anonymous_users_owners_and_admins(clean_db: Database, cast: Cast, lock: Lock) -> None:
    ids = [cast.public.id, cast.private.id, 999_999]
    assert await visible_titles(clean_db, ANONYMOUS, ids, lock) == {"Public one"}
    assert await visible_titles(clean_db, cast.bob, ids, lock) == {"Public one"}
    assert await visible_titles(clean_db, cast.alice, ids, lock) == {"Public one", "Private one"}
    assert await visible_titles(clean_db, cast.admin, ids, lock) == {"Public one", "Private one"}
    await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }", {"id": cast.private_id}, cast.alice)
    for viewer in (cast.alice, cast.admin):
        assert await visible_titles(clean_db, viewer, ids, lock) == {"Public one"}


async def test_find_editable_is_forbidden_on_another_users_visible_script(clean_db: Database, cast: Cast) -> None:
    async with clean_db.transaction() as session:
        assert (await find_editable(session, cast.admin, cast.public.id, field=("id",))).title == "Public one"
        with pytest.raises(DomainError) as raised:
            await find_editable(session, cast.bob, cast.public.id, field=("id",))
    assert raised.value.code == "FORBIDDEN"
