"""The one rule deciding who sees a script, used by every path that reaches one.

- Public, not deleted: everyone.
- Private, not deleted: its owner and admins.
- Soft-deleted: admins only (and only where they ask for deleted scripts in lists).

Root lists, nested lists, node(id), search, similarity, dependencies, analytics and
subscriptions all filter with `visible_scripts`; nothing else decides this.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, or_, true

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models


def visible_scripts(viewer: Viewer, *, include_deleted: bool = False, script: type = models.Script) -> ColumnElement[bool]:
    """SQL condition on `script` (the Script table or an alias of it) for what `viewer` may see.

    `include_deleted` only has an effect for admins: nobody else ever sees deleted scripts.
    """
    if viewer.is_admin:
        return true() if include_deleted else script.deleted_at.is_(None)
    if viewer.id is None:
        return and_(script.deleted_at.is_(None), script.is_public)
    return visible_to_signed_in(admin=False, viewer_id=viewer.id, script=script)


def visible_to_signed_in(*, admin: bool, viewer_id: Any, script: type = models.Script) -> ColumnElement[bool]:
    """`visible_scripts` of a signed-in viewer whose id may be an SQL expression: statements built
    once per role (`viewer_id=bindparam(...)`) serve every viewer of that role."""
    if admin:
        return script.deleted_at.is_(None)
    return and_(script.deleted_at.is_(None), or_(script.is_public, script.author_id == viewer_id))


def can_see(viewer: Viewer, row: models.Script) -> bool:
    """The same rule for a row already in memory (subscriptions, mutations)."""
    if viewer.is_admin:
        return True
    if row.deleted_at is not None:
        return False
    return row.is_public or viewer.owns(row.author_id)

