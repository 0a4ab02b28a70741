"""DataLoaders returning tags, the tags of scripts, and the scripts of tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select

from psscript_graphql.core.loaders import CountByKeyLoader, PagePerParentLoader, RowByKeyLoader, RowsByKeyLoader, ViewerScoped
from psscript_graphql.db import models
from psscript_graphql.scripts.orderings import NEWEST_SCRIPTS
from psscript_graphql.scripts.visibility import visible_scripts
from psscript_graphql.tags.visibility import visible_tags

Tag, ScriptTag, Script = models.Tag, models.ScriptTag, models.Script


class TagByIdLoader(ViewerScoped, RowByKeyLoader[int, "models.Tag | None"]):
    """Tags by id; None when missing or not visible to the viewer (tags/visibility.py)."""

    @staticmethod
    def key_of(row: models.Tag) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(Tag).where(Tag.id.in_(keys), visible_tags(self.viewer))


class TagsByScriptLoader(RowsByKeyLoader[int, "models.Tag"]):
    """Every tag of each script, by name (callers checked the script's visibility)."""

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return (
            select(ScriptTag.script_id, Tag)
            .join(Tag, Tag.id == ScriptTag.tag_id)
            .where(ScriptTag.script_id.in_(keys))
            .order_by(ScriptTag.script_id, Tag.name)
        )


class ScriptsByTagPageLoader(ViewerScoped, PagePerParentLoader):
    model, ordering, partition = Script, NEWEST_SCRIPTS, ScriptTag.tag_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return (
            select(Script)
            .join(ScriptTag, ScriptTag.script_id == Script.id)
            .where(ScriptTag.tag_id.in_(parent_ids), visible_scripts(self.viewer))
        )


class ScriptCountByTagLoader(ViewerScoped, CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return (
            select(ScriptTag.tag_id, func.count())
            .join(Script, Script.id == ScriptTag.script_id)
            .where(ScriptTag.tag_id.in_(keys), visible_scripts(self.viewer))
            .group_by(ScriptTag.tag_id)
        )
