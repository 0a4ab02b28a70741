"""Root fields: tag(name), tags."""

from __future__ import annotations

import strawberry
from sqlalchemy import select

from psscript_graphql.context import Info
from psscript_graphql.core.lists import root_connection
from psscript_graphql.core.relay import Connection, Ordering, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.types import PAGE_ARGS_DOC
from psscript_graphql.tags.types import Tag

BY_NAME = Ordering("tags:name", (models.Tag.name, models.Tag.id))


@strawberry.type
class TagQueries:
    @strawberry.field(description="A tag by name; null when there is none.")
    async def tag(self, info: Info, name: str) -> Tag | None:
        async with info.context.db.read() as session:
            row = await session.scalar(select(models.Tag).where(models.Tag.name == name.strip().lower()))
        return Tag.from_row(row) if row else None

    @strawberry.field(description=f"All tags, by name. {PAGE_ARGS_DOC}")
    async def tags(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[Tag]:
        page = PageArgs.parse(first, after, last, before)
        return await root_connection(info.context.db, select(models.Tag), BY_NAME, page, lambda row: Tag.from_row(row[0]))
