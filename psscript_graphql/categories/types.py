"""The Category type."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.relay import Connection, LoadedNode, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.types import PAGE_ARGS_DOC

if TYPE_CHECKING:
    from psscript_graphql.scripts.types import Script

ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]


@strawberry.type(description="A group of scripts by purpose, e.g. Backup & Recovery.")
class Category(LoadedNode, relay.Node):
    node_loader = "category_by_id"
    id: relay.NodeID[int]
    name: str = strawberry.field(description="Unique name.")
    description: str | None = strawberry.field(description="What belongs in this category.")
    created_at: datetime = strawberry.field(description="When the category was created.")

    @classmethod
    def from_row(cls, row: models.Category) -> Category:
        return cls(id=row.id, name=row.name, description=row.description, created_at=row.created_at)

    @strawberry.field(description=f"Scripts in this category that you may see, newest first. {PAGE_ARGS_DOC}")
    async def scripts(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[ScriptType]:
        from psscript_graphql.scripts.types import script_page

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await script_page(info, loaders.scripts_by_category, loaders.script_count_by_category, self.id, page)

    @strawberry.field(description="Number of scripts in this category that you may see.")
    async def script_count(self, info: Info) -> int:
        return await info.context.loaders.script_count_by_category.load(self.id)
