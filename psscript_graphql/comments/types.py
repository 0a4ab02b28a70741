"""The Comment type."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.relay import LoadedNode
from psscript_graphql.db import models

if TYPE_CHECKING:
    from psscript_graphql.accounts.types import User
    from psscript_graphql.scripts.types import Script

UserType = Annotated["User", strawberry.lazy("psscript_graphql.accounts.types")]
ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]


@strawberry.type(description="A comment on a script. Visible wherever the script is.")
class Comment(LoadedNode, relay.Node):
    node_loader = "comment_by_id"
    id: relay.NodeID[int]
    content: str = strawberry.field(description="The comment text (plain text, 1–5,000 characters).")
    created_at: datetime = strawberry.field(description="When the comment was written.")
    updated_at: datetime = strawberry.field(description="When the comment was last edited.")
    script_id: strawberry.Private[int]
    author_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: models.Comment) -> Comment:
        return cls(
            id=row.id,
            content=row.content,
            created_at=row.created_at,
            updated_at=row.updated_at,
            script_id=row.script_id,
            author_id=row.author_id,
        )


    @strawberry.field(description="Who wrote the comment.")
    async def author(self, info: Info) -> UserType:
        from psscript_graphql.accounts.types import User

        return User.from_row(await info.context.loaders.comment_author_by_id.load(self.author_id))

    @strawberry.field(description="The script commented on.")
    async def script(self, info: Info) -> ScriptType | None:
        from psscript_graphql.scripts.types import Script

        row = await info.context.loaders.script_by_id.load(self.script_id)
        return Script.from_row(row) if row else None

    @strawberry.field(description="Whether the comment was edited after it was written.")
    def edited(self) -> bool:
        return self.updated_at > self.created_at
