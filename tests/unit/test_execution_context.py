"""core/execution.py: what graphql-core abandons unstarted is closed, at every depth, and only that.

A schema without I/O: `x` fails at once while its sibling `y` spawns tasks three levels deep
(items, their fields, a list under each), so graphql-core cancels tasks before they start —
dropping resolver coroutines and its own (`get_results`, `await_completed` …) unawaited.
"""

from __future__ import annotations

import asyncio
import gc
import warnings
from typing import Any

import strawberry

from psscript_graphql.core.execution import ExecutionContext, close_unstarted


@strawberry.type
class Leaf:
    @strawberry.field
    async def a(self) -> str:
        await asyncio.sleep(0)
        return "a"

    @strawberry.field
    async def b(self) -> str:
        await asyncio.sleep(0)
        return "b"


@strawberry.type
class Item:
    @strawberry.field
    async def a(self) -> str:
        await asyncio.sleep(0)
        return "a"

    @strawberry.field
    def leaf(self) -> Leaf:
        return Leaf()

    @strawberry.field
    def leaves(self) -> list[Leaf]:
        return [Leaf(), Leaf()]


@strawberry.type
class Parent:
    @strawberry.field
    async def x(self) -> str:
        raise ValueError("bad argument")

    @strawberry.field
    async def y(self) -> list[Item]:
        return [Item(), Item()]


@strawberry.type
class Query:
    @strawberry.field
    def parent(self) -> Parent | None:
        return Parent()


class QuietSchema(strawberry.Schema):
    def process_errors(self, errors: list[Any], execution_context: Any = None) -> None:
        """Not logged: a captured log record's traceback would keep the frames alive."""


FAILING_FIRST = "{ parent { x y { a leaf { a b } leaves { a b } } } }"
FAILING_LAST = "{ parent { y { a leaf { a b } leaves { a b } } x } }"


async def _unawaited_warnings(schema: QuietSchema, query: str) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = await schema.execute(query)
        assert result.data == {"parent": None}
        assert [error.message for error in result.errors] == ["bad argument"]
        del result  # its error's traceback keeps frames alive
        await asyncio.sleep(0.05)
        gc.collect()
    return [str(warning.message) for warning in caught]


async def test_strawberry_alone_leaves_coroutines_unawaited() -> None:
    """The premise: without our execution context the schema above does leave them."""
    assert await _unawaited_warnings(QuietSchema(Query), FAILING_FIRST)


async def test_a_failing_field_leaves_nothing_unawaited_at_any_depth() -> None:
    schema = QuietSchema(Query, execution_context_class=ExecutionContext)
    for query in (FAILING_FIRST, FAILING_LAST):
        assert await _unawaited_warnings(schema, query) == []


async def test_answers_are_unchanged() -> None:
    schema = QuietSchema(Query, execution_context_class=ExecutionContext)
    result = await schema.execute("{ parent { y { a leaf { a b } leaves { b } } } }")
    item = {"a": "a", "leaf": {"a": "a", "b": "b"}, "leaves": [{"b": "b"}, {"b": "b"}]}
    assert result.errors is None and result.data == {"parent": {"y": [item, item]}}


async def _leaf() -> int:
    return 1


async def _holder(held: dict[str, object]) -> object:
    return held


def test_close_unstarted_closes_what_an_unstarted_coroutine_holds() -> None:
    leaves = [_leaf(), _leaf()]
    inner = _holder({"a": leaves[0], "b": [leaves[1]]})
    outer = _holder({"inner": inner})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        close_unstarted(outer)
        del outer, inner, leaves
        gc.collect()
    assert caught == []


async def test_close_unstarted_leaves_what_ran_and_what_is_not_a_coroutine_alone() -> None:
    finished = _leaf()
    assert await finished == 1
    close_unstarted(finished)
    pending = asyncio.ensure_future(asyncio.sleep(0.01, result=2))
    close_unstarted(pending)
    assert await pending == 2
