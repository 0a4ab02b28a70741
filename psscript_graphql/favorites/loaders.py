"""DataLoaders returning favorites: per user, per script, counts, and "did the viewer star it"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select

from psscript_graphql.core.loaders import CountByKeyLoader, PagePerParentLoader, RowByKeyLoader, ViewerScoped, count_by
from psscript_graphql.core.relay import Ordering
from psscript_graphql.db import models
from psscript_graphql.scripts.visibility import visible_scripts

Favorite, Script = models.Favorite, models.Script
NEWEST_FAVORITES_OF_USER = Ordering(
    "favorites:user", (Favorite.created_at, Favorite.script_id), descending=True
)
NEWEST_FAVORITES_OF_SCRIPT = Ordering(
    "favorites:script", (Favorite.created_at, Favorite.user_id), descending=True
)


class FavoritesByUserPageLoader(ViewerScoped, PagePerParentLoader):
    """A page of each user's favorites among scripts the viewer may see, newest first."""

    model, ordering, partition = Favorite, NEWEST_FAVORITES_OF_USER, Favorite.user_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return (
            select(Favorite)
            .join(Script, Script.id == Favorite.script_id)
            .where(Favorite.user_id.in_(parent_ids), visible_scripts(self.viewer))
        )


class FavoriteCountByUserLoader(ViewerScoped, CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Favorite.user_id, keys, visible_scripts(self.viewer)).join_from(
            Favorite, Script, Script.id == Favorite.script_id
        )


class FavoritesByScriptPageLoader(PagePerParentLoader):
    """A page of each script's favorites, newest first (callers checked the script's visibility)."""

    model, ordering, partition = Favorite, NEWEST_FAVORITES_OF_SCRIPT, Favorite.script_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return select(Favorite).where(Favorite.script_id.in_(parent_ids))


class FavoriteCountByScriptLoader(CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Favorite.script_id, keys)


class ViewerFavoriteLoader(ViewerScoped, RowByKeyLoader[int, "models.Favorite | None"]):
    """The viewer's own favorite row per script id (None: not starred, or signed out)."""

    @staticmethod
    def key_of(row: models.Favorite) -> int:
        return row.script_id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(Favorite).where(Favorite.script_id.in_(keys), Favorite.user_id == (self.viewer.id or -1))
