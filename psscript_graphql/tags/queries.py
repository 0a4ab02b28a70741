"""Root fields: tag(name), tags."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy import Select, select

from psscript_graphql.context import Info
from psscript_graphql.core.lists import root_connection
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.core.relay import Connection, Ordering, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.types import PAGE_ARGS_DOC
from psscript_graphql.tags.types import Tag
from psscript_graphql.tags.visibility import visible_tags

BY_NAME = Ordering("tags:name", (models.Tag.name, models.Tag.id))


def tag_named(viewer: Viewer, name: Any) -> Select[Any]:
    """The tag of a name (already trimmed and lower-cased; a value or a bind parameter), if visible.
    The compiled read path (compiler/roots.py) runs the same statement."""
    return select(models.Tag).where(models.Tag.name == name, visible_tags(viewer))


def visible_tag_rows(viewer: Viewer) -> Select[Any]:
    """Every tag the viewer may see (both read paths)."""
    return select(models.Tag).where(visible_tags(viewer))


@strawberry.type
class TagQueries:
    @strawberry.field(description="A tag by name; null when there is none, or when no script you may see carries it.")
    async def tag(self, info: Info, name: str) -> Tag | None:
        async with info.context.db.read() as session:
            row = await session.scalar(tag_named(info.context.viewer, name.strip().lower()))
        return Tag.from_row(row) if row else None

    @strawberry.field(description=f"Tags carried by at least one script you may see (admins: all tags), by name. {PAGE_ARGS_DOC}")
    async def tags(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[Tag]:
        page = PageArgs.parse(first, after, last, before)
        return await root_connection(
            info.context.db, visible_tag_rows(info.context.viewer), BY_NAME, page, lambda row: Tag.from_row(row[0])
        )
