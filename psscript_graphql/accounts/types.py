"""The User type and its field resolvers."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.loaders import nested_connection
from psscript_graphql.core.relay import Connection, LoadedNode, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.types import PAGE_ARGS_DOC

if TYPE_CHECKING:
    from psscript_graphql.comments.types import Comment
    from psscript_graphql.favorites.types import Favorite
    from psscript_graphql.scripts.types import Script

ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]
CommentType = Annotated["Comment", strawberry.lazy("psscript_graphql.comments.types")]
FavoriteType = Annotated["Favorite", strawberry.lazy("psscript_graphql.favorites.types")]


@strawberry.enum(description="What a user may do: admins see and manage everything.")
class UserRole(Enum):
    USER = "user"
    ADMIN = "admin"


@strawberry.type(description="A person with an account. Email and sign-in details are shown to themselves and admins only.")
class User(LoadedNode, relay.Node):
    node_loader = "user_by_id"
    id: relay.NodeID[int]
    username: str = strawberry.field(description="Unique name, case-insensitive.")
    role: UserRole = strawberry.field(description="USER or ADMIN.")
    created_at: datetime = strawberry.field(description="When the account was created.")
    private_email: strawberry.Private[str]
    private_last_login_at: strawberry.Private[datetime | None]
    # Set for the user of a register/login payload: whoever holds the token it returns is this
    # user, though the request that made it was not signed in.
    private_shown_to_self: strawberry.Private[bool] = False

    @classmethod
    def from_row(cls, row: models.User) -> User:
        return cls(
            id=row.id,
            username=row.username,
            role=UserRole(row.role),
            created_at=row.created_at,
            private_email=row.email,
            private_last_login_at=row.last_login_at,
        )


    @classmethod
    def signed_in_as(cls, row: models.User) -> User:
        """The user a register/login payload signed in: shown to the caller as to themselves."""
        user = cls.from_row(row)
        user.private_shown_to_self = True
        return user

    def _is_self_or_admin(self, info: Info) -> bool:
        if self.private_shown_to_self:
            return True
        viewer = info.context.viewer
        return viewer.is_admin or viewer.owns(self.id)

    @strawberry.field(description="Email address; null unless you are this user or an admin.")
    def email(self, info: Info) -> str | None:
        return self.private_email if self._is_self_or_admin(info) else None

    @strawberry.field(description="Last successful sign-in; null unless you are this user or an admin.")
    def last_login_at(self, info: Info) -> datetime | None:
        return self.private_last_login_at if self._is_self_or_admin(info) else None

    @strawberry.field(description=f"Scripts by this user that you may see, newest first. {PAGE_ARGS_DOC}")
    async def scripts(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[ScriptType]:
        from psscript_graphql.scripts.types import script_page

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await script_page(info, loaders.scripts_by_author, loaders.script_count_by_author, self.id, page)

    @strawberry.field(description="Number of this user's scripts that you may see.")
    async def script_count(self, info: Info) -> int:
        return await info.context.loaders.script_count_by_author.load(self.id)

    @strawberry.field(description=f"Scripts this user starred (those you may see), newest first. {PAGE_ARGS_DOC}")
    async def favorites(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[FavoriteType]:
        from psscript_graphql.favorites.types import Favorite

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await nested_connection(
            loaders.favorites_by_user, loaders.favorite_count_by_user, self.id, page, Favorite.from_page_row
        )

    @strawberry.field(description=f"This user's comments on scripts you may see, newest first. {PAGE_ARGS_DOC}")
    async def comments(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[CommentType]:
        from psscript_graphql.comments.types import Comment

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await nested_connection(
            loaders.comments_by_author, loaders.comment_count_by_author, self.id, page, Comment.from_page_row
        )


def user_or_none(row: Any) -> User | None:
    return User.from_row(row) if row is not None else None
