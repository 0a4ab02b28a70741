"""Root fields: categories."""

from __future__ import annotations

import strawberry
from sqlalchemy import select

from psscript_graphql.categories.types import Category
from psscript_graphql.context import Info
from psscript_graphql.core.lists import root_connection
from psscript_graphql.core.relay import Connection, Ordering, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.types import PAGE_ARGS_DOC

BY_NAME = Ordering("categories:name", (models.Category.name, models.Category.id))


@strawberry.type
class CategoryQueries:
    @strawberry.field(description=f"All categories, by name. {PAGE_ARGS_DOC}")
    async def categories(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[Category]:
        page = PageArgs.parse(first, after, last, before)
        return await root_connection(info.context.db, select(models.Category), BY_NAME, page, lambda row: Category.from_row(row[0]))
