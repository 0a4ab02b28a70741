"""Root fields: script(id), scripts(filter, orderBy, …)."""

from __future__ import annotations

import strawberry
from sqlalchemy import select
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.lists import root_connection
from psscript_graphql.core.relay import Connection, PageArgs, expect_global_id
from psscript_graphql.db import models
from psscript_graphql.scripts.filters import ScriptFilter, ScriptOrder, script_conditions, script_ordering
from psscript_graphql.scripts.types import PAGE_ARGS_DOC, Script, looked_ahead


@strawberry.type
class ScriptQueries:
    @strawberry.field(description="A script by ID; null when it does not exist or you may not see it.")
    async def script(self, info: Info, id: relay.GlobalID) -> Script | None:
        row = await info.context.loaders.script_by_id.load(expect_global_id(id, "Script"))
        return Script.from_row(row) if row else None

    @strawberry.field(description=f"Scripts you may see, filtered and sorted; newest first by default. {PAGE_ARGS_DOC}")
    async def scripts(
        self,
        info: Info,
        filter: ScriptFilter | None = None,
        order_by: ScriptOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Script]:
        page = PageArgs.parse(first, after, last, before)
        conditions = script_conditions(filter, info.context.viewer)
        ordering = script_ordering(order_by)
        query = select(models.Script).where(*conditions)
        connection = await root_connection(
            info.context.db,
            query,
            ordering,
            page,
            Script.from_page_row,
            cache=info.context.cache,
            cache_kind="scripts",
            scope=info.context.list_scope,
            args={"filter": filter, "orderBy": order_by},
        )
        return await looked_ahead(info, connection)
