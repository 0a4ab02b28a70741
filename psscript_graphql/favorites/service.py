"""Favorite rules: a signed-in viewer stars and unstars scripts they may see; both are idempotent.

Each is one statement (the visibility check, the write and the script's row read back
together), so it is atomic in autocommit as well as inside a caller's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts import access

Favorite, Script = models.Favorite, models.Script


def _favorite_statement(admin: bool) -> Select[Any]:
    target = access.visible_target(admin, *access.SCRIPT_COLUMNS).cte("target")
    added = (
        insert(Favorite)
        .from_select(["user_id", "script_id"], select(access.VIEWER_ID, target.c.id))
        .on_conflict_do_nothing(index_elements=["user_id", "script_id"])
        .cte("added")
    )
    return select(aliased(Script, target)).add_cte(added)


def _unfavorite_statement(admin: bool) -> Select[Any]:
    target = access.visible_target(admin, *access.SCRIPT_COLUMNS, lock=access.Lock.NONE).cte("target")
    removed = (
        delete(Favorite)
        .where(Favorite.user_id == access.VIEWER_ID, Favorite.script_id.in_(select(target.c.id)))
        .cte("removed")
    )
    return select(aliased(Script, target)).add_cte(removed)


_FAVORITE = access.by_role(_favorite_statement)
_UNFAVORITE = access.by_role(_unfavorite_statement)


async def _run(session: AsyncSession, statements: tuple[Select[Any], Select[Any]], viewer: Viewer, script_id: int) -> models.Script:
    """The script's row when it is live and visible and the write ran; NOT_FOUND (nothing written) otherwise."""
    assert viewer.id is not None
    script = await session.scalar(statements[viewer.is_admin], {"script_id": script_id, "viewer_id": viewer.id})
    if script is None:
        raise access.not_found(("scriptId",))
    return script


async def favorite_script(session: AsyncSession, *, viewer: Viewer, script_id: int) -> models.Script:
    """The script is locked FOR KEY SHARE while the favorite links to it: a purge waits, then finds it."""
    return await _run(session, _FAVORITE, viewer, script_id)


async def unfavorite_script(session: AsyncSession, *, viewer: Viewer, script_id: int) -> models.Script:
    return await _run(session, _UNFAVORITE, viewer, script_id)
