"""Every mutation invalidates the cache: reads off while it runs, generation bumped after.

A write can change what any cached page, count, script or analysis holds (a favorite reorders
FAVORITE_COUNT lists, a new tag changes tag filters), so the whole generation goes; entries
are cheap to rebuild. Reads are off during the mutation so its payload shows what it wrote.
The analysis worker bumps the same generation after it stores a result.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType


class InvalidateCacheAfterMutations(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:
        cache = getattr(self.execution_context.context, "cache", None)
        is_mutation = self.execution_context.operation_type == OperationType.MUTATION
        if cache is None or not is_mutation:
            yield
            return
        cache.reads = False
        try:
            yield
        finally:
            await cache.store.bump()
