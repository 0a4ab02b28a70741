"""The OperationMetrics extension on a small schema: counts, errors by code, active subscriptions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import strawberry
from graphql import GraphQLError
from prometheus_client import REGISTRY

from psscript_graphql.core.extensions.masking import MaskUnexpectedErrors
from psscript_graphql.core.extensions.metrics import OperationMetrics


@strawberry.type
class Query:
    @strawberry.field
    def hello(self) -> str:
        return "hi"

    @strawberry.field
    def broken(self) -> str:
        raise KeyError("a bug")

    @strawberry.field
    def refused(self) -> str:
        raise GraphQLError("no", extensions={"code": "FORBIDDEN_TEST"})


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def ticks(self) -> AsyncGenerator[int, None]:
        n = 0
        while True:
            n += 1
            yield n
            await asyncio.sleep(0)


schema = strawberry.Schema(query=Query, subscription=Subscription, extensions=[MaskUnexpectedErrors, OperationMetrics])


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_queries_are_counted_and_timed_by_name() -> None:
    before = sample("psscript_graphql_operations_total", operation="MetricsHello", type="query")
    timed = sample("psscript_graphql_operation_duration_seconds_count", operation="MetricsHello", type="query")
    for _ in range(2):
        assert (await schema.execute("query MetricsHello { hello }")).errors is None
    assert sample("psscript_graphql_operations_total", operation="MetricsHello", type="query") == before + 2
    assert sample("psscript_graphql_operation_duration_seconds_count", operation="MetricsHello", type="query") == timed + 2


async def test_errors_are_counted_by_code() -> None:
    codes = ("INTERNAL_SERVER_ERROR", "FORBIDDEN_TEST", "GRAPHQL_VALIDATION_FAILED")
    before = {code: sample("psscript_graphql_errors_total", code=code) for code in codes}
    await schema.execute("{ broken }")
    await schema.execute("{ refused }")
    await schema.execute("{ nope }")
    await schema.execute("{ hello")  # a parse error has no document, and is still counted
    after = {code: sample("psscript_graphql_errors_total", code=code) for code in codes}
    assert after["INTERNAL_SERVER_ERROR"] == before["INTERNAL_SERVER_ERROR"] + 1
    assert after["FORBIDDEN_TEST"] == before["FORBIDDEN_TEST"] + 1
    assert after["GRAPHQL_VALIDATION_FAILED"] == before["GRAPHQL_VALIDATION_FAILED"] + 2


async def test_subscriptions_are_active_until_their_stream_is_closed() -> None:
    def active() -> float:
        return sample("psscript_active_subscriptions", operation="MetricsTicks")

    started = sample("psscript_graphql_operations_total", operation="MetricsTicks", type="subscription")
    stream = await schema.subscribe("subscription MetricsTicks { ticks }")
    first = await stream.__anext__()  # type: ignore[union-attr]
    assert first.data == {"ticks": 1}
    assert active() == 1
    await stream.aclose()  # type: ignore[union-attr]  — what a client's `complete` or disconnect does
    assert active() == 0
    assert sample("psscript_graphql_operations_total", operation="MetricsTicks", type="subscription") == started + 1
    assert sample("psscript_graphql_operation_duration_seconds_count", operation="MetricsTicks", type="subscription") == 0
