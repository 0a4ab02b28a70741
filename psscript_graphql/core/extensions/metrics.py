"""Prometheus metrics of GraphQL operations: count and latency by operation name, errors by code.

Subscriptions are counted when they start and tracked as active until the stream ends (the
client completes it, disconnects, or the server shuts down); their lifetime is not a latency,
so they stay out of the latency histogram. Subscription resolvers need no code of their own.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.core.extensions.masking import is_unexpected
from psscript_graphql.core.unavailable import is_database_unavailable
from psscript_graphql.observability.metrics import (
    GRAPHQL_ERRORS,
    GRAPHQL_LATENCY,
    GRAPHQL_OPERATIONS,
    active_subscription,
    operation_label,
)

VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"  # parse and validation errors carry no code of their own


def error_code(error: GraphQLError) -> str:
    code = (error.extensions or {}).get("code")
    if isinstance(code, str) and code:
        return code
    if is_unexpected(error):
        unavailable = is_database_unavailable(error.original_error)  # type: ignore[arg-type]
        return (ErrorCode.SERVICE_UNAVAILABLE if unavailable else ErrorCode.INTERNAL_SERVER_ERROR).value
    return VALIDATION_FAILED


def record_operation(operation_name: str | None, kind: str, seconds: float, errors: Any = ()) -> None:
    """Count one operation, its latency (not for subscriptions) and its errors by code."""
    name = operation_label(operation_name)
    GRAPHQL_OPERATIONS.labels(operation=name, type=kind).inc()
    if kind != OperationType.SUBSCRIPTION.value:
        GRAPHQL_LATENCY.labels(operation=name, type=kind).observe(seconds)
    for error in errors:
        GRAPHQL_ERRORS.labels(code=error_code(error)).inc()


class OperationMetrics(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        self._subscription: contextlib.ExitStack | None = None
        try:
            yield
        finally:
            # `finally`: a subscription ends by its generator being closed, which arrives here as an exception.
            if self._subscription is not None:
                self._subscription.close()
            self._record(time.perf_counter() - started)

    def _record(self, seconds: float) -> None:
        context = self.execution_context
        result: Any = context.result
        errors = getattr(result, "errors", None) or context.pre_execution_errors or ()
        record_operation(context.operation_name, self._operation_type(), seconds, errors)

    def on_execute(self) -> Iterator[None]:
        # The document is parsed and valid by now, so the operation type is known.
        if self._operation_type() == OperationType.SUBSCRIPTION.value:
            self._subscription = contextlib.ExitStack()
            self._subscription.enter_context(active_subscription(self.execution_context.operation_name))
        yield

    def _operation_type(self) -> str:
        try:
            return self.execution_context.operation_type.value
        except Exception:  # noqa: BLE001 — no document (parse error) or no such operation: still count it
            return "unknown"
