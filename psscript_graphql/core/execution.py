"""graphql-core's executor, closing the resolver coroutines it abandons before they start.

When a non-null field fails, graphql-core cancels the tasks still resolving its siblings. A
task cancelled before its first step never runs its coroutine, so whatever that coroutine was
handed — the resolver's own coroutine, graphql-core's coroutines for the subfields — is dropped
unstarted: "RuntimeWarning: coroutine … was never awaited" at garbage collection, one per field.
It happens when the failing field's siblings spawn tasks two levels deep without waiting on
I/O (on Python 3.11 a task starts one loop turn after it is created), e.g.
`{ scripts { nodes { similar(first: -1) { score } tags { scriptCount scripts { totalCount } } } } }`.

So every awaitable graphql-core may turn into a task (a field's result, a list item's) is handed
over as a `HandedOver`, remembered by the execution. A task cancelled before it started then
drops only the wrapper; its coroutine stays unstarted, and once the execution and its
background work are over, every remembered coroutine that never ran is closed together with
the unstarted coroutines it holds. A coroutine that ran was awaited, or cancelled where it
waited: it is left alone.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Generator
from types import CoroutineType
from typing import Any

from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext


def close_unstarted(value: Any) -> None:
    """Close `value` if it is a coroutine that never ran, then what it holds that never ran
    (its arguments and closure variables, inside lists and dicts too)."""
    if type(value) is CoroutineType:
        if inspect.getcoroutinestate(value) != inspect.CORO_CREATED:
            return
        held = list(inspect.getcoroutinelocals(value).values())
        value.close()
        for item in held:
            close_unstarted(item)
    elif type(value) is HandedOver:
        close_unstarted(value.coroutine)
    elif isinstance(value, list | tuple):
        for item in value:
            close_unstarted(item)
    elif isinstance(value, dict):
        for item in value.values():
            close_unstarted(item)


class HandedOver:
    """A coroutine handed to graphql-core: awaiting this awaits it; a task cancelled before
    its first step drops this, not the coroutine."""

    __slots__ = ("coroutine",)

    def __init__(self, coroutine: CoroutineType[Any, Any, Any]) -> None:
        self.coroutine = coroutine

    def __await__(self) -> Generator[Any, None, Any]:
        return self.coroutine.__await__()


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context; every awaitable graphql-core may gather (and cancel) is
    handed over, and what never ran is closed when the execution is over."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.handed_over: list[HandedOver] = []
        self.closing_task: asyncio.Task[None] | None = None

    def hand_over(self, value: Any) -> Any:
        if type(value) is not CoroutineType:
            return value
        handed = HandedOver(value)
        self.handed_over.append(handed)
        return handed

    def execute_field(self, *args: Any) -> Any:
        return self.hand_over(super().execute_field(*args))

    def complete_awaitable_list_item_value(self, *args: Any) -> Any:  # type: ignore[override]
        return self.hand_over(super().complete_awaitable_list_item_value(*args))

    def complete_list_item_value(self, item: Any, complete_results: list[Any], *args: Any) -> bool:
        awaitable = super().complete_list_item_value(item, complete_results, *args)
        if awaitable:
            complete_results[-1] = self.hand_over(complete_results[-1])
        return awaitable

    def build_per_event_executor(self, payload: Any) -> Any:
        executor = super().build_per_event_executor(payload)
        executor.handed_over = []  # a copy: each event's execution closes its own
        return executor

    def run_async_work_finished_hook(self) -> None:
        """Runs when the execution is over (graphql-core calls it from every way out)."""
        super().run_async_work_finished_hook()
        if not self.handed_over:
            return
        if not self.background_futures:
            self.close_abandoned()
            return

        async def after_background_work() -> None:
            # Sibling work settled in the background (graphql-core's `settle_in_background`)
            # is still to start: close only once it is over.
            while self.background_futures:
                await asyncio.wait(list(self.background_futures))
            self.close_abandoned()

        self.closing_task = asyncio.ensure_future(after_background_work())

    def close_abandoned(self) -> None:
        handed_over, self.handed_over = self.handed_over, []
        for handed in handed_over:
            if handed.coroutine.cr_frame is not None:  # None: finished or closed, the common case
                close_unstarted(handed.coroutine)
