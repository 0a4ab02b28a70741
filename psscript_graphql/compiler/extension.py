"""The compiled read path inside Strawberry's execution: every check before execution (parsing,
validation, depth/alias/token/directive limits, cost) and after it (metrics, masking, the
response cache) is the same code for both paths; only execution itself is replaced."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from functools import cache
from typing import Any

from graphql import ExecutionResult
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from psscript_graphql.compiler.reads import CompiledReads
from psscript_graphql.observability.metrics import COMPILED_READS

logger = logging.getLogger(__name__)


@cache
def compiled_reads(schema: Any, plan_cache_size: int) -> CompiledReads:
    """One compiler (and plan cache) per schema and process."""
    return CompiledReads(schema, plan_cache_size=plan_cache_size)


class CompiledReadsExtension(SchemaExtension):
    """Answers a read-only query with compiled SQL when every field it selects compiles."""

    async def on_execute(self) -> AsyncIterator[None]:
        context = self.execution_context
        request = context.context
        settings = getattr(request, "settings", None)
        if (
            context.result is None  # a limit (cost) already answered
            and settings is not None
            and settings.compiled_reads
            and getattr(request, "db", None) is not None
            and context.query is not None
            and context.operation_type is OperationType.QUERY
        ):
            reads = compiled_reads(context.schema, settings.compiled_plan_cache_size)
            try:
                data = await reads.execute(request.db, context.query, context.operation_name, context.variables, request.viewer)
            except Exception:  # noqa: BLE001 — the resolvers answer instead, and mask what they meet
                logger.exception("compiled read failed; the resolvers answer it (request %s)", getattr(request, "request_id", "-"))
                data = None
            if data is not None:
                context.result = ExecutionResult(data=data, errors=None)
                reads.mark_verified(context.query, context.operation_name)
                COMPILED_READS.labels(path="view").inc()
        yield
