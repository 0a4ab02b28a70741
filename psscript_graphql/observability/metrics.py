"""Every Prometheus metric of the server, and the hooks other parts of the code feed them through.

Names start with `psscript_`. Other modules increment these objects directly (the cache:
`CACHE_HITS.labels(cache="script").inc()`), register a callback (the job queue:
`register_queue_depth("analysis", queue.depth)`), or wrap a block (`active_subscription(name)`).

Multi-process (`serve --workers N`): when `PROMETHEUS_MULTIPROC_DIR` is set before
`prometheus_client` is imported, every process writes its values to files in that directory and
`/metrics` (answered by any one worker) sums them; gauges declare how (`multiprocess_mode`).
`serve` sets the variable for its workers; see `observability/endpoint.py`.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Gauge, Histogram
from sqlalchemy.ext.asyncio import AsyncEngine

logger = logging.getLogger("psscript_graphql.metrics")

HTTP_REQUESTS = Counter(
    "psscript_http_requests", "HTTP requests answered, by method, route and status.", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "psscript_http_request_duration_seconds", "Time to answer an HTTP request, by method and route.", ["method", "route"]
)
GRAPHQL_OPERATIONS = Counter(
    "psscript_graphql_operations",
    "GraphQL operations executed, by operation name and type (query, mutation, subscription).",
    ["operation", "type"],
)
GRAPHQL_LATENCY = Histogram(
    "psscript_graphql_operation_duration_seconds",
    "Time to execute a query or mutation (parse, validate, execute), by operation name and type.",
    ["operation", "type"],
)
GRAPHQL_ERRORS = Counter("psscript_graphql_errors", "GraphQL errors returned to clients, by extensions.code.", ["code"])
COMPILED_READS = Counter(
    "psscript_compiled_reads",
    "Queries answered by compiled SQL, by path: `edge` (the HTTP short path) or `view` (inside Strawberry's execution).",
    ["path"],
)
CACHE_HITS = Counter("psscript_cache_hits", "Cache lookups that found an entry, by cache name.", ["cache"])
CACHE_MISSES = Counter("psscript_cache_misses", "Cache lookups that found nothing, by cache name.", ["cache"])
ACTIVE_SUBSCRIPTIONS = Gauge(
    "psscript_active_subscriptions",
    "GraphQL subscriptions streaming right now, by operation name.",
    ["operation"],
    multiprocess_mode="livesum",
)
DB_POOL_CONNECTIONS = Gauge(
    "psscript_db_pool_connections",
    "Pooled database connections by pool (primary, read) and state (in_use, idle).",
    ["pool", "state"],
    multiprocess_mode="livesum",
)
DB_POOL_SIZE = Gauge(
    "psscript_db_pool_size", "Most connections a pool may hold (DB_POOL_MAX).", ["pool"], multiprocess_mode="livesum"
)
QUEUE_DEPTH = Gauge(
    "psscript_queue_depth",
    "Jobs waiting in a queue, read from the queue when /metrics is scraped.",
    ["queue"],
    multiprocess_mode="livemostrecent",
)

# --- operation names are client input: keep the label set bounded -------------------------------
MAX_OPERATION_NAMES = 200
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_seen_operation_names: set[str] = set()


def operation_label(name: str | None) -> str:
    """The label for an operation name: `anonymous`, the name, or `other` past the first 200 names.

    A client choosing a fresh name per request would otherwise grow the metric without limit.
    """
    if not name:
        return "anonymous"
    if not _NAME.match(name):
        return "other"
    if name in _seen_operation_names:
        return name
    if len(_seen_operation_names) >= MAX_OPERATION_NAMES:
        return "other"
    _seen_operation_names.add(name)
    return name


# --- subscriptions -------------------------------------------------------------------------------
@contextmanager
def active_subscription(operation: str | None) -> Iterator[None]:
    """Count one subscription as active for the duration of the block (exceptions included)."""
    gauge = ACTIVE_SUBSCRIPTIONS.labels(operation=operation_label(operation))
    gauge.inc()
    try:
        yield
    finally:
        gauge.dec()


# --- database pools, read when scraped and after each request --------------------------------------
def observe_pools(engines: dict[str, AsyncEngine]) -> None:
    """Copy the pools' current counts into the gauges; `engines` maps pool label to engine."""
    for name, engine in engines.items():
        pool = engine.pool
        checked_out = getattr(pool, "checkedout", None)
        if checked_out is None:  # NullPool and friends keep no connections to report
            continue
        DB_POOL_CONNECTIONS.labels(pool=name, state="in_use").set(pool.checkedout())  # type: ignore[attr-defined]
        DB_POOL_CONNECTIONS.labels(pool=name, state="idle").set(pool.checkedin())  # type: ignore[attr-defined]
        DB_POOL_SIZE.labels(pool=name).set(pool.size())  # type: ignore[attr-defined]


# --- queue depth: the job queue registers how to read it ------------------------------------------
QueueDepthCallback = Callable[[], "int | Awaitable[int]"]
QUEUE_DEPTH_TIMEOUT_S = 2.0  # a queue that hangs (Redis unreachable) must not hang the scrape
_queue_depth_callbacks: dict[str, QueueDepthCallback] = {}


def register_queue_depth(queue: str, callback: QueueDepthCallback) -> None:
    """Report `callback()` (sync or async, returning a count) as the depth of `queue` on every scrape."""
    _queue_depth_callbacks[queue] = callback


def unregister_queue_depth(queue: str) -> None:
    _queue_depth_callbacks.pop(queue, None)
    try:
        QUEUE_DEPTH.remove(queue)
    except KeyError:
        pass


async def observe_queue_depths() -> None:
    """Ask each registered queue for its depth; a queue that cannot answer reports NaN, not a stale value."""
    for queue, callback in list(_queue_depth_callbacks.items()):
        try:
            value = callback()
            if inspect.isawaitable(value):
                value = await asyncio.wait_for(value, QUEUE_DEPTH_TIMEOUT_S)
            QUEUE_DEPTH.labels(queue=queue).set(float(value))
        except Exception:  # noqa: BLE001 — a broken queue must not break the scrape of every other metric
            logger.warning("queue depth of %r could not be read", queue, exc_info=True)
            QUEUE_DEPTH.labels(queue=queue).set(math.nan)
