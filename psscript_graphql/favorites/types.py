"""The Favorite type: a user starred a script."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from psscript_graphql.context import Info
from psscript_graphql.db import models

if TYPE_CHECKING:
    from psscript_graphql.accounts.types import User
    from psscript_graphql.scripts.types import Script

UserType = Annotated["User", strawberry.lazy("psscript_graphql.accounts.types")]
ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]


@strawberry.type(description="A user starred a script.")
class Favorite:
    created_at: datetime = strawberry.field(description="When the script was starred.")
    user_id: strawberry.Private[int]
    script_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: models.Favorite) -> Favorite:
        return cls(created_at=row.created_at, user_id=row.user_id, script_id=row.script_id)

    @classmethod
    def from_page_row(cls, row: Any) -> Favorite:
        return cls.from_row(row[0])

    @strawberry.field(description="Who starred it.")
    async def user(self, info: Info) -> UserType:
        from psscript_graphql.accounts.types import User

        return User.from_row(await info.context.loaders.favorite_user_by_id.load(self.user_id))

    @strawberry.field(description="The starred script (null if you may no longer see it).")
    async def script(self, info: Info) -> ScriptType | None:
        from psscript_graphql.scripts.types import Script

        row = await info.context.loaders.script_by_id.load(self.script_id)
        return Script.from_row(row) if row else None
