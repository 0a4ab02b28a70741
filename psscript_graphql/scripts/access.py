"""Finding the script a mutation acts on: visible to the viewer, and editable by them.

Every mutation reaches its script through here, so the answers are the same everywhere: a
script that does not exist and one the viewer may not see are the same NOT_FOUND (a private
script's existence never leaks); a visible script the viewer may not change is FORBIDDEN.
Soft-deleted scripts are NOT_FOUND to every mutation except restore and purge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import BigInteger, Select, bindparam, inspect, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts.errors import ScriptErrorCode as Code
from psscript_graphql.scripts.visibility import visible_scripts, visible_to_signed_in

Script = models.Script
T = TypeVar("T")

# The parameters of statements built once (below): the script acted on and who acts.
SCRIPT_ID = bindparam("script_id", type_=BigInteger)
VIEWER_ID = bindparam("viewer_id", type_=BigInteger)


class Lock(Enum):
    NONE = "none"
    # Serialises writers of the row (what PostgreSQL's own UPDATE takes); rows referencing the
    # script (comments, logs, dependencies) can still be inserted meanwhile.
    WRITE = "write"
    # Keeps the row from being deleted while this transaction links something to it.
    KEY_SHARE = "key_share"


def not_found(field: Sequence[str]) -> DomainError:
    return DomainError(Code.NOT_FOUND, "No script with this ID exists, or you may not see it.", field=field)


def may_edit(viewer: Viewer, row: models.Script) -> bool:
    return viewer.is_admin or viewer.owns(row.author_id)


# What `select(Script)` loads: every mapped column but the deferred search ones (a tsvector is not
# read back for nothing). For statements that return script rows through a CTE or RETURNING.
SCRIPT_COLUMNS = tuple(prop.columns[0] for prop in inspect(Script).column_attrs if not prop.deferred)


def by_role(build: Callable[[bool], T]) -> tuple[T, T]:
    """A statement built once for each role, indexed by `viewer.is_admin`: building one costs
    more than running it, and the visibility rule differs only between users and admins."""
    return build(False), build(True)


def visible_target(admin: bool, *columns: Any, lock: Lock = Lock.KEY_SHARE) -> Select[Any]:
    """`columns` of the live script `:script_id` if the signed-in viewer `:viewer_id` may see it.

    By default FOR KEY SHARE: the source of a single-statement write (`INSERT … SELECT`), which
    then links a row to the script only when it is visible, and keeps it from being purged
    meanwhile. No row means NOT_FOUND, and nothing was written."""
    stmt = select(*columns).where(Script.id == SCRIPT_ID, visible_to_signed_in(admin=admin, viewer_id=VIEWER_ID))
    if lock is Lock.WRITE:
        return stmt.with_for_update(key_share=True)  # FOR NO KEY UPDATE
    if lock is Lock.KEY_SHARE:
        return stmt.with_for_update(key_share=True, read=True)  # FOR KEY SHARE
    return stmt


def _find_statement(admin: bool, lock: Lock) -> Select[Any]:
    return visible_target(admin, Script, lock=lock).execution_options(populate_existing=True)


_FIND = {lock: by_role(lambda admin, lock=lock: _find_statement(admin, lock)) for lock in Lock}


async def find_visible(
    session: AsyncSession, viewer: Viewer, script_id: int, *, field: Sequence[str], lock: Lock = Lock.NONE
) -> models.Script:
    """The live script `script_id` if the viewer may see it; NOT_FOUND otherwise.

    An anonymous viewer's id is NULL, and `author_id = NULL` is never true: public scripts only.
    """
    row = await session.scalar(_FIND[lock][viewer.is_admin], {"script_id": script_id, "viewer_id": viewer.id})
    if row is None:
        raise not_found(field)
    return row


async def find_editable(
    session: AsyncSession, viewer: Viewer, script_id: int, *, field: Sequence[str], lock: Lock = Lock.WRITE
) -> models.Script:
    """The live script if the viewer owns it or is an admin, locked for writing by default."""
    row = await find_visible(session, viewer, script_id, field=field, lock=lock)
    if not may_edit(viewer, row):
        raise DomainError(Code.FORBIDDEN, "Only the script's owner or an admin may change it.", field=field)
    return row


async def find_own_including_deleted(
    session: AsyncSession, viewer: Viewer, script_id: int, *, field: Sequence[str]
) -> models.Script:
    """For restore: live or deleted, owned by the viewer (or any, for admins); locked for writing.

    Owners reach their own deleted scripts here (and only here) so they can undo a delete.
    """
    reachable = visible_scripts(viewer, include_deleted=True)
    if not viewer.is_admin:
        reachable = or_(reachable, Script.author_id == viewer.id)
    stmt = (
        select(Script)
        .where(Script.id == script_id, reachable)
        .with_for_update(key_share=True)  # FOR NO KEY UPDATE
        .execution_options(populate_existing=True)
    )
    row = await session.scalar(stmt)
    if row is None:
        raise not_found(field)
    if not may_edit(viewer, row):
        raise DomainError(Code.FORBIDDEN, "Only the script's owner or an admin may change it.", field=field)
    return row
