"""Comment rules: anyone signed in who may see a script may comment; authors and admins edit and delete.

Functions take the caller's session and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import Select, Text, bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from psscript_graphql.comments.errors import CommentErrorCode as Code
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts import access
from psscript_graphql.scripts.visibility import visible_scripts

COMMENT_MAX = 5_000


def clean_content(content: str, field: Sequence[str] = ("content",)) -> str:
    """Trimmed; 1–5,000 characters."""
    content = content.strip()
    if not 1 <= len(content) <= COMMENT_MAX:
        raise DomainError(Code.INVALID_COMMENT, f"A comment is 1–{COMMENT_MAX:,} characters (not only spaces).", field=field)
    return content


class Added(NamedTuple):
    comment: models.Comment
    author: models.User  # the viewer's row, for the payload's `author`


def _add_comment_statement(admin: bool) -> Select[Any]:
    source = access.visible_target(admin, models.Script.id, access.VIEWER_ID, bindparam("content", type_=Text))
    added = (
        insert(models.Comment)
        .from_select(["script_id", "author_id", "content"], source)
        .returning(*models.Comment.__table__.c)
        .cte("added")
    )
    comment = aliased(models.Comment, added)
    return select(comment, models.User).join(models.User, models.User.id == comment.author_id)


_ADD_COMMENT = access.by_role(_add_comment_statement)


async def add_comment(session: AsyncSession, *, viewer: Viewer, script_id: int, content: str) -> Added:
    """One statement, atomic in autocommit too: the comment is inserted only if the script is
    live and visible to the viewer (NOT_FOUND otherwise, nothing written), and returned with
    its author's row."""
    text = clean_content(content)
    assert viewer.id is not None
    params = {"script_id": script_id, "viewer_id": viewer.id, "content": text}
    row = (await session.execute(_ADD_COMMENT[viewer.is_admin], params)).first()
    if row is None:
        raise access.not_found(("scriptId",))
    return Added(*row)


async def _find_own(session: AsyncSession, viewer: Viewer, comment_id: int) -> models.Comment:
    """The comment, if its script is live and visible to the viewer and the viewer wrote it (or is an admin)."""
    comment = await session.scalar(
        select(models.Comment)
        .join(models.Script, models.Script.id == models.Comment.script_id)
        .where(models.Comment.id == comment_id, visible_scripts(viewer))
        .with_for_update(of=models.Comment, key_share=True)
        .execution_options(populate_existing=True)
    )
    if comment is None:
        raise DomainError(Code.NOT_FOUND, "No comment with this ID exists, or you may not see it.", field=("id",))
    if not (viewer.is_admin or viewer.owns(comment.author_id)):
        raise DomainError(Code.FORBIDDEN, "Only the comment's author or an admin may change it.", field=("id",))
    return comment


async def edit_comment(session: AsyncSession, *, viewer: Viewer, comment_id: int, content: str) -> models.Comment:
    text = clean_content(content)
    comment = await _find_own(session, viewer, comment_id)
    if comment.content != text:
        comment.content = text
        await session.flush()
        await session.refresh(comment)  # updated_at comes from the database trigger
    return comment


async def delete_comment(session: AsyncSession, *, viewer: Viewer, comment_id: int) -> models.Comment:
    comment = await _find_own(session, viewer, comment_id)
    await session.delete(comment)
    await session.flush()
    return comment
