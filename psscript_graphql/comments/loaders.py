"""DataLoaders returning comments: by id, per script, per author, and counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select

from psscript_graphql.core.loaders import CountByKeyLoader, PagePerParentLoader, RowByKeyLoader, ViewerScoped, count_by
from psscript_graphql.core.relay import Ordering
from psscript_graphql.db import models
from psscript_graphql.scripts.visibility import visible_scripts

Comment, Script = models.Comment, models.Script
# Conversations read top-down: oldest comment first.
OLDEST_COMMENTS = Ordering("comments:created_at", (Comment.created_at, Comment.id))
NEWEST_COMMENTS = Ordering("comments:created_at_desc", (Comment.created_at, Comment.id), descending=True)


def _on_visible_script(stmt: Select[Any], viewer: Any, *, include_deleted: bool = False) -> Select[Any]:
    return stmt.join(Script, Script.id == Comment.script_id).where(visible_scripts(viewer, include_deleted=include_deleted))


class CommentByIdLoader(ViewerScoped, RowByKeyLoader[int, "models.Comment | None"]):
    @staticmethod
    def key_of(row: models.Comment) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        # By id, admins reach comments of deleted scripts too, like the scripts themselves.
        return _on_visible_script(select(Comment).where(Comment.id.in_(keys)), self.viewer, include_deleted=True)


class CommentsByScriptPageLoader(PagePerParentLoader):
    """A page of each script's comments, oldest first (callers checked the script's visibility)."""

    model, ordering, partition = Comment, OLDEST_COMMENTS, Comment.script_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return select(Comment).where(Comment.script_id.in_(parent_ids))


class CommentCountByScriptLoader(CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Comment.script_id, keys)


class CommentsByAuthorPageLoader(ViewerScoped, PagePerParentLoader):
    """A page of each user's comments on scripts the viewer may see, newest first."""

    model, ordering, partition = Comment, NEWEST_COMMENTS, Comment.author_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return _on_visible_script(select(Comment).where(Comment.author_id.in_(parent_ids)), self.viewer)


class CommentCountByAuthorLoader(ViewerScoped, CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Comment.author_id, keys, visible_scripts(self.viewer)).join_from(
            Comment, Script, Script.id == Comment.script_id
        )
