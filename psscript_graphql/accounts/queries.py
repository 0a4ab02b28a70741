"""Root fields: me, user(username), users."""

from __future__ import annotations

import strawberry
from sqlalchemy import func, select

from psscript_graphql.accounts.types import User
from psscript_graphql.context import Info
from psscript_graphql.core.lists import root_connection
from psscript_graphql.core.relay import Connection, Ordering, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.types import PAGE_ARGS_DOC

BY_USERNAME = Ordering("users:username", (func.lower(models.User.username), models.User.id))


@strawberry.type
class AccountQueries:
    @strawberry.field(description="You, when signed in; null otherwise.")
    async def me(self, info: Info) -> User | None:
        viewer = info.context.viewer
        if viewer.id is None:
            return None
        row = await info.context.loaders.user_by_id.load(viewer.id)
        return User.from_row(row) if row else None

    @strawberry.field(description="A user by username (case-insensitive); null when there is none.")
    async def user(self, info: Info, username: str) -> User | None:
        if not 0 < len(username) <= 64:
            return None
        row = await info.context.loaders.user_by_username.load(username.lower())
        return User.from_row(row) if row else None

    @strawberry.field(description=f"All users, by username. {PAGE_ARGS_DOC}")
    async def users(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[User]:
        page = PageArgs.parse(first, after, last, before)
        return await root_connection(info.context.db, select(models.User), BY_USERNAME, page, lambda row: User.from_row(row[0]))
