"""addComment, editComment, deleteComment."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_comment
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error
from tests.support.sql_counter import count_statements

ADD = """
mutation($script: ID!, $content: String!) {
  addComment(scriptId: $script, content: $content) {
    comment { content edited author { username } script { title commentCount } }
    errors { code field message }
  }
}"""
EDIT = """
mutation($id: ID!, $content: String!) {
  editComment(id: $id, content: $content) { comment { content edited } errors { code field } }
}"""
DELETE = "mutation($id: ID!) { deleteComment(id: $id) { commentId errors { code field } } }"


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def comment_by(db: Database, cast: Cast, user_id: int, script: models.Script | None = None) -> str:
    async with db.transaction() as session:
        author = await session.get(models.User, user_id)
        row = await make_comment(session, script=script or cast.public, author=author, content="First!")
    return gid("Comment", row.id)


async def add(db: Database, script_id: str, content: str, viewer: Any) -> dict[str, Any]:
    return await mutate(db, ADD, {"script": script_id, "content": content}, viewer)


async def test_add_comment_to_a_visible_script(clean_db: Database, cast: Cast) -> None:
    payload = await add(clean_db, cast.public_id, "  Nice one.  ", cast.bob)
    assert payload == {
        "comment": {"content": "Nice one.", "edited": False, "author": {"username": "bob"},
                    "script": {"title": "Public one", "commentCount": 1}},
        "errors": [],
    }
    assert (await add(clean_db, cast.private_id, "Note to self", cast.alice))["errors"] == []


@pytest.mark.parametrize("content", ["", "   \n ", "x" * 5001])
async def test_add_comment_rejects_empty_and_too_long_text(clean_db: Database, cast: Cast, content: str) -> None:
    payload = await add(clean_db, cast.public_id, content, cast.bob)
    assert error_codes(payload) == [("INVALID_COMMENT", ["content"])] and payload["comment"] is None
    assert await count(clean_db, models.Comment) == 0


async def test_add_comment_accepts_five_thousand_characters(clean_db: Database, cast: Cast) -> None:
    assert (await add(clean_db, cast.public_id, "x" * 5000, cast.bob))["errors"] == []


async def test_add_comment_to_a_missing_private_or_deleted_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }", {"id": cast.public_id}, cast.alice)
    for script_id in (gid("Script", 60_606), cast.private_id, cast.public_id):
        assert error_codes(await add(clean_db, script_id, "hello", cast.bob)) == [("NOT_FOUND", ["scriptId"])]
    assert await count(clean_db, models.Comment) == 0


async def test_admins_comment_on_private_scripts_but_not_on_deleted_ones(clean_db: Database, cast: Cast) -> None:
    assert (await add(clean_db, cast.private_id, "Reviewed", cast.admin))["comment"]["author"] == {"username": "root"}
    await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }", {"id": cast.private_id}, cast.alice)
    assert error_codes(await add(clean_db, cast.private_id, "Too late", cast.admin)) == [("NOT_FOUND", ["scriptId"])]
    assert await count(clean_db, models.Comment) == 1


async def test_add_comment_writes_and_reads_its_payload_in_one_statement(clean_db: Database, cast: Cast) -> None:
    query = "mutation($s: ID!) { addComment(scriptId: $s, content: \"Hi\") { comment { id content author { username } } } }"
    with count_statements(clean_db.engine) as log:
        await mutate(clean_db, query, {"s": cast.public_id}, cast.bob)
    assert log.count == 1, log.statements  # the visibility check, the insert and the author's row together


async def test_add_comment_wants_a_script_id(clean_db: Database, cast: Cast) -> None:
    assert await top_level_error(clean_db, ADD, {"script": gid("User", 1), "content": "x"}, cast.bob) == "BAD_USER_INPUT"


async def test_edit_comment_by_its_author_or_an_admin(clean_db: Database, cast: Cast) -> None:
    comment_id = await comment_by(clean_db, cast, cast.bob.id)
    payload = await mutate(clean_db, EDIT, {"id": comment_id, "content": "Second!"}, cast.bob)
    assert payload["errors"] == [] and payload["comment"]["content"] == "Second!"
    by_admin = await mutate(clean_db, EDIT, {"id": comment_id, "content": "[moderated]"}, cast.admin)
    assert by_admin["comment"]["content"] == "[moderated]"
    assert await count(clean_db, models.Comment, models.Comment.content == "[moderated]") == 1


async def test_edit_comment_marks_it_edited(clean_db: Database, cast: Cast) -> None:
    comment_id = await comment_by(clean_db, cast, cast.bob.id)
    async with clean_db.transaction() as session:  # written five minutes ago
        earlier = models.Comment.created_at - timedelta(minutes=5)
        await session.execute(update(models.Comment).values(created_at=earlier, updated_at=earlier))
    payload = await mutate(clean_db, EDIT, {"id": comment_id, "content": "Changed my mind"}, cast.bob)
    assert payload["comment"] == {"content": "Changed my mind", "edited": True}


async def test_edit_comment_rejects_invalid_text(clean_db: Database, cast: Cast) -> None:
    comment_id = await comment_by(clean_db, cast, cast.bob.id)
    payload = await mutate(clean_db, EDIT, {"id": comment_id, "content": "y" * 5001}, cast.bob)
    assert error_codes(payload) == [("INVALID_COMMENT", ["content"])]


async def test_edit_or_delete_another_users_comment_is_forbidden(clean_db: Database, cast: Cast) -> None:
    comment_id = await comment_by(clean_db, cast, cast.bob.id)
    for mutation, variables in ((EDIT, {"id": comment_id, "content": "hijack"}), (DELETE, {"id": comment_id})):
        assert error_codes(await mutate(clean_db, mutation, variables, cast.alice)) == [("FORBIDDEN", ["id"])]
    assert await count(clean_db, models.Comment, models.Comment.content == "First!") == 1


async def test_edit_or_delete_a_missing_or_invisible_comment_is_not_found(clean_db: Database, cast: Cast) -> None:
    hidden = await comment_by(clean_db, cast, cast.alice.id, script=cast.private)
    for comment_id in (gid("Comment", 777), hidden):
        for mutation, variables in ((EDIT, {"id": comment_id, "content": "x"}), (DELETE, {"id": comment_id})):
            assert error_codes(await mutate(clean_db, mutation, variables, cast.bob)) == [("NOT_FOUND", ["id"])]


async def test_delete_comment_by_its_author_or_an_admin(clean_db: Database, cast: Cast) -> None:
    own, other = await comment_by(clean_db, cast, cast.bob.id), await comment_by(clean_db, cast, cast.bob.id)
    assert await mutate(clean_db, DELETE, {"id": own}, cast.bob) == {"commentId": own, "errors": []}
    assert (await mutate(clean_db, DELETE, {"id": other}, cast.admin))["errors"] == []
    assert await count(clean_db, models.Comment) == 0
    assert error_codes(await mutate(clean_db, DELETE, {"id": own}, cast.bob)) == [("NOT_FOUND", ["id"])]


@pytest.mark.parametrize(
    ("mutation", "variables"),
    [(ADD, {"script": gid("Script", 1), "content": "x"}), (EDIT, {"id": gid("Comment", 1), "content": "x"}),
     (DELETE, {"id": gid("Comment", 1)})],
)
async def test_comment_mutations_need_a_signed_in_viewer(
    clean_db: Database, cast: Cast, mutation: str, variables: dict[str, Any]
) -> None:
    assert await top_level_error(clean_db, mutation, variables, ANONYMOUS) == "UNAUTHENTICATED"
