"""Errors: top-level GraphQL errors with a code, and domain errors returned as data.

Top-level errors carry `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, …) so a
client can branch on them without parsing messages. Expected failures of mutations are data:
services raise `DomainError`, mutations return it as a `UserError` in their payload.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry
from graphql import GraphQLError

if TYPE_CHECKING:
    from psscript_graphql.core.error_codes import UserErrorCode


class ErrorCode(str, Enum):
    """Every `extensions.code` of a top-level error (meanings in `core/error_codes.py`)."""

    BAD_USER_INPUT = "BAD_USER_INPUT"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY"
    TOO_MANY_DIRECTIVES = "TOO_MANY_DIRECTIVES"
    SEARCH_UNAVAILABLE = "SEARCH_UNAVAILABLE"
    RATE_LIMITED = "RATE_LIMITED"
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED"
    PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    GET_NOT_ALLOWED = "GET_NOT_ALLOWED"
    UNTRUSTED_DOCUMENT = "UNTRUSTED_DOCUMENT"
    CSRF_PREFLIGHT_REQUIRED = "CSRF_PREFLIGHT_REQUIRED"
    SUBSCRIPTION_LIMIT_REACHED = "SUBSCRIPTION_LIMIT_REACHED"
    DIFF_TOO_LARGE = "DIFF_TOO_LARGE"
    DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE"


def bad_input(message: str, *, argument: str | None = None) -> GraphQLError:
    extensions: dict[str, object] = {"code": ErrorCode.BAD_USER_INPUT.value}
    if argument:
        extensions["argument"] = argument
    return GraphQLError(message, extensions=extensions)


class DomainError(Exception):
    """An expected failure of a business rule; the transaction that raised it rolls back."""

    def __init__(self, code: str | Enum, message: str, *, field: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.code = code.value if isinstance(code, Enum) else code
        self.message = message
        self.field = tuple(field)

    def under(self, *prefix: str) -> DomainError:
        """The same error with its field path inside an argument, e.g. `under("input")`."""
        return DomainError(self.code, self.message, field=(*prefix, *self.field))


@strawberry.type(description="An expected failure, returned as data: what went wrong and where.")
class UserError:
    code: Annotated["UserErrorCode", strawberry.lazy("psscript_graphql.core.error_codes")] = strawberry.field(
        description="Stable, machine-readable code, e.g. `CONFLICT` (every code: `UserErrorCode`)."
    )
    message: str = strawberry.field(description="Human-readable explanation.")
    field: list[str] | None = strawberry.field(
        default=None, description="Path to the input field at fault, e.g. `[\"input\", \"title\"]`."
    )

    @classmethod
    def from_domain(cls, error: DomainError) -> UserError:
        from psscript_graphql.core.error_codes import user_error_code

        return cls(code=user_error_code(error.code), message=error.message, field=list(error.field) or None)
