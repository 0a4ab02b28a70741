"""DataLoaders returning categories and their scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select

from psscript_graphql.core.loaders import CountByKeyLoader, PagePerParentLoader, RowByKeyLoader, ViewerScoped, count_by
from psscript_graphql.db import models
from psscript_graphql.scripts.orderings import NEWEST_SCRIPTS
from psscript_graphql.scripts.visibility import visible_scripts


class CategoryByIdLoader(RowByKeyLoader[int, "models.Category | None"]):
    @staticmethod
    def key_of(row: models.Category) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(models.Category).where(models.Category.id.in_(keys))


class ScriptsByCategoryPageLoader(ViewerScoped, PagePerParentLoader):
    model, ordering, partition = models.Script, NEWEST_SCRIPTS, models.Script.category_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return select(models.Script).where(models.Script.category_id.in_(parent_ids), visible_scripts(self.viewer))


class ScriptCountByCategoryLoader(ViewerScoped, CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(models.Script.category_id, keys, visible_scripts(self.viewer))
