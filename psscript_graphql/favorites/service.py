"""Favorite rules: a signed-in viewer stars and unstars scripts they may see; both are idempotent."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts.access import Lock, find_visible


async def favorite_script(session: AsyncSession, *, viewer: Viewer, script_id: int) -> models.Script:
    script = await find_visible(session, viewer, script_id, field=("scriptId",), lock=Lock.KEY_SHARE)
    await session.execute(
        insert(models.Favorite)
        .values(user_id=viewer.id, script_id=script_id)
        .on_conflict_do_nothing(index_elements=["user_id", "script_id"])
    )
    return script


async def unfavorite_script(session: AsyncSession, *, viewer: Viewer, script_id: int) -> models.Script:
    script = await find_visible(session, viewer, script_id, field=("scriptId",))
    await session.execute(
        delete(models.Favorite).where(models.Favorite.user_id == viewer.id, models.Favorite.script_id == script_id)
    )
    return script
