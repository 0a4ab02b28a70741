"""Who is asking (`Viewer`) and the permission classes fields declare."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphql import GraphQLError
from strawberry.permission import BasePermission

from psscript_graphql.core.errors import ErrorCode


@dataclass(frozen=True)
class Viewer:
    """The authenticated user of a request, or the anonymous viewer (id None)."""

    id: int | None = None
    role: str = "anonymous"
    session_id: int | None = None

    @property
    def is_authenticated(self) -> bool:
        return self.id is not None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def owns(self, owner_id: int | None) -> bool:
        return self.id is not None and self.id == owner_id

    @property
    def scope(self) -> str:
        """What this viewer may see, as a cache-key fragment: two viewers with equal scope see the same rows."""
        if self.is_admin:
            return "admin"
        return f"user:{self.id}" if self.id is not None else "anonymous"


ANONYMOUS = Viewer()


class IsAuthenticated(BasePermission):
    message = "You must be signed in."
    error_extensions = {"code": ErrorCode.UNAUTHENTICATED.value}

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return info.context.viewer.is_authenticated


class IsAdmin(BasePermission):
    message = "Only administrators may do this."
    error_extensions = {"code": ErrorCode.FORBIDDEN.value}

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        viewer = info.context.viewer
        if not viewer.is_authenticated:
            # Signed out is a different problem from "not allowed": say which one it is.
            raise GraphQLError(IsAuthenticated.message, extensions=IsAuthenticated.error_extensions)
        return viewer.is_admin
