"""Unexpected errors: logged in full with the request id, shown to clients as a masked message.

Expected errors — invalid documents, bad input, permission denials — are GraphQL errors we
raised on purpose (or graphql-core's validation errors) and reach the client unchanged. Anything
else is a bug or an outage: the client gets "Internal server error" with the request id to quote,
never a message or trace that could leak internals.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.core.unavailable import MESSAGE as UNAVAILABLE_MESSAGE
from psscript_graphql.core.unavailable import describe, is_database_unavailable
from psscript_graphql.core.extensions.coded_errors import ensure_code

logger = logging.getLogger("psscript_graphql.errors")


_SUGGESTION = " Did you mean"


def is_unexpected(error: GraphQLError) -> bool:
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


def request_id_of(execution_context: ExecutionContext | None) -> str:
    context = execution_context.context if execution_context is not None else None
    return getattr(context, "request_id", None) or "-"


def process_errors(errors: list[GraphQLError], execution_context: ExecutionContext | None) -> None:
    """Every error of a request passes here before it is returned (Schema.process_errors):
    every expected error gets its `extensions.code` (`coded_errors.py`), field suggestions ("Did you mean …?") are hidden where
    introspection is off — they would leak the schema anyway — and unexpected errors are logged."""
    request_id = request_id_of(execution_context)
    operation = execution_context.operation_name if execution_context is not None else None
    settings = getattr(execution_context.context, "settings", None) if execution_context is not None else None
    hide_suggestions = settings is not None and not settings.introspection_enabled
    for error in errors:
        if not is_unexpected(error):
            ensure_code(error)
        if hide_suggestions and _SUGGESTION in error.message:
            error.message = error.message.split(_SUGGESTION)[0].strip()
        if is_unexpected(error) and is_database_unavailable(error.original_error):  # type: ignore[arg-type]
            logger.warning(
                "database unavailable in %s at %s (request %s): %s",
                operation or "anonymous operation",
                ".".join(str(part) for part in error.path or ()),
                request_id,
                describe(error.original_error),  # type: ignore[arg-type]
                extra={"request_id": request_id},
            )
        elif is_unexpected(error):
            logger.error(
                "unexpected error in %s at %s (request %s)",
                operation or "anonymous operation",
                ".".join(str(part) for part in error.path or ()),
                request_id,
                exc_info=error.original_error,
                extra={"request_id": request_id},
            )
        else:
            logger.debug("client error (request %s): %s", request_id, error.message)


class MaskUnexpectedErrors(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result: Any = self.execution_context.result
        if result is None or not getattr(result, "errors", None):
            return
        request_id = request_id_of(self.execution_context)
        result.errors = [self._mask(error, request_id) if is_unexpected(error) else error for error in result.errors]

    @staticmethod
    def _mask(error: GraphQLError, request_id: str) -> GraphQLError:
        if is_database_unavailable(error.original_error):  # type: ignore[arg-type]
            # Not a bug: the client may retry (and needs no request id to report anything).
            return GraphQLError(
                UNAVAILABLE_MESSAGE,
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions={"code": ErrorCode.SERVICE_UNAVAILABLE.value, "requestId": request_id},
            )
        return GraphQLError(
            f"Internal server error. Quote request id {request_id} when reporting it.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": ErrorCode.INTERNAL_SERVER_ERROR.value, "requestId": request_id},
        )
