"""The Tag type."""

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


@strawberry.type(description="A label on scripts, e.g. `backup`.")
class Tag(LoadedNode, relay.Node):
    node_loader = "tag_by_id"
    id: relay.NodeID[int]
    name: str = strawberry.field(description="Unique name: 1–48 lower-case letters, digits and . + # -, starting with a letter or digit.")
    created_at: datetime = strawberry.field(description="When the tag was first used.")

    @classmethod
    def from_row(cls, row: models.Tag) -> Tag:
        return cls(id=row.id, name=row.name, created_at=row.created_at)

    @strawberry.field(description=f"Scripts with this tag that you may see, newest first. {PAGE_ARGS_DOC}")
    async def scripts(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[ScriptType]:
        from psscript_graphql.scripts.types import script_page

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await script_page(info, loaders.scripts_by_tag, loaders.script_count_by_tag, self.id, page)

    @strawberry.field(description="Number of scripts with this tag that you may see.")
    async def script_count(self, info: Info) -> int:
        return await info.context.loaders.script_count_by_tag.load(self.id)
