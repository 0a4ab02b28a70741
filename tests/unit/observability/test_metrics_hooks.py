"""The hooks other code feeds metrics through: operation labels, subscriptions, queue depth, logs."""

from __future__ import annotations

import asyncio
import json
import logging
import math

import pytest
from prometheus_client import REGISTRY

from psscript_graphql.observability import metrics
from psscript_graphql.observability.logging import JsonFormatter, RequestIdFilter
from psscript_graphql.observability.request_id import accept_or_generate, current_request_id


def sample(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def test_operation_labels_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metrics, "_seen_operation_names", set())
    assert metrics.operation_label(None) == "anonymous"
    assert metrics.operation_label("") == "anonymous"
    assert metrics.operation_label("not a name!") == "other"
    assert metrics.operation_label("x" * 65) == "other"
    names = [f"Op{n}" for n in range(metrics.MAX_OPERATION_NAMES)]
    assert [metrics.operation_label(name) for name in names] == names
    assert metrics.operation_label("OneTooMany") == "other"
    assert metrics.operation_label("Op7") == "Op7"  # names seen before keep their label


def test_active_subscription_counts_while_the_block_runs_even_when_it_fails() -> None:
    before = sample("psscript_active_subscriptions", operation="anonymous") or 0
    with metrics.active_subscription(None):
        assert sample("psscript_active_subscriptions", operation="anonymous") == before + 1
        with pytest.raises(RuntimeError):
            with metrics.active_subscription(None):
                assert sample("psscript_active_subscriptions", operation="anonymous") == before + 2
                raise RuntimeError("client went away")
        assert sample("psscript_active_subscriptions", operation="anonymous") == before + 1
    assert sample("psscript_active_subscriptions", operation="anonymous") == before


async def test_queue_depth_callbacks_are_read_at_scrape_time(monkeypatch: pytest.MonkeyPatch) -> None:
    depth = {"value": 3}

    async def async_depth() -> int:
        return depth["value"]

    def broken() -> int:
        raise ConnectionError("redis is down")

    async def hanging() -> int:
        await asyncio.sleep(3600)
        return 0

    metrics.register_queue_depth("test-async", async_depth)
    metrics.register_queue_depth("test-sync", lambda: 7)
    metrics.register_queue_depth("test-broken", broken)
    metrics.register_queue_depth("test-hanging", hanging)
    monkeypatch.setattr(metrics, "QUEUE_DEPTH_TIMEOUT_S", 0.05)
    try:
        await metrics.observe_queue_depths()
        assert sample("psscript_queue_depth", queue="test-async") == 3
        assert sample("psscript_queue_depth", queue="test-sync") == 7
        assert math.isnan(sample("psscript_queue_depth", queue="test-broken"))  # type: ignore[arg-type]
        assert math.isnan(sample("psscript_queue_depth", queue="test-hanging"))  # type: ignore[arg-type]
        depth["value"] = 11
        await metrics.observe_queue_depths()
        assert sample("psscript_queue_depth", queue="test-async") == 11
    finally:
        for queue in ("test-async", "test-sync", "test-broken", "test-hanging"):
            metrics.unregister_queue_depth(queue)
    assert sample("psscript_queue_depth", queue="test-async") is None


def test_json_formatter_writes_one_object_with_request_id_and_extras() -> None:
    record = logging.LogRecord("psscript_graphql.test", logging.ERROR, __file__, 1, "failed %s", ("twice",), None)
    record.duration_ms = 12.5
    token = current_request_id.set("req-42")
    try:
        RequestIdFilter().filter(record)
    finally:
        current_request_id.reset(token)
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "failed twice" and entry["level"] == "ERROR" and entry["logger"] == "psscript_graphql.test"
    assert entry["request_id"] == "req-42" and entry["duration_ms"] == 12.5
    assert "ValueError: boom" in entry["exception"]


def test_records_outside_a_request_get_a_dash() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", (), None)
    RequestIdFilter().filter(record)
    assert record.request_id == "-"  # type: ignore[attr-defined]


@pytest.mark.parametrize("candidate", ["abc-123", "trace.id:7", "A" * 64])
def test_sane_request_ids_are_kept(candidate: str) -> None:
    assert accept_or_generate(candidate) == candidate


@pytest.mark.parametrize("candidate", [None, "", "A" * 65, "new\nline", "quo\"te", "spa ce", "ünï"])
def test_other_request_ids_are_replaced(candidate: str | None) -> None:
    generated = accept_or_generate(candidate)
    assert generated != candidate and len(generated) == 32
