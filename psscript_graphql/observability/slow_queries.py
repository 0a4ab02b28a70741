"""The slow query log: statements slower than `SLOW_QUERY_MS`, with their text but never their parameters.

Parameters are user data (passwords hashes, script contents, e-mail addresses); the statement
text is ours, with parameter markers (`$1`) where the values went. SQLAlchemy's statements are
timed by its cursor events; the compiled read path, which runs prepared statements on the raw
asyncpg connection, times its own and reports them to the same engine's log
(`slow_query_log_of`), so both appear with one threshold and one format.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import math
import time
import weakref
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

logger = logging.getLogger("psscript_graphql.slow_query")
_STARTED = "psscript_query_started"
MAX_STATEMENT_CHARS = 4000
# Set while work runs whose statements are slow on purpose (bulk inserts of the seeder). SQLAlchemy
# runs the event hooks in a greenlet that shares the calling task's context, so this reaches them.
_EXPECTED_SLOW: contextvars.ContextVar[bool] = contextvars.ContextVar("psscript_expected_slow", default=False)


@contextlib.contextmanager
def expected_slow() -> Iterator[None]:
    """Statements run inside are not logged as slow: they are known to be, and the warnings
    would bury the ones that matter."""
    token = _EXPECTED_SLOW.set(True)
    try:
        yield
    finally:
        _EXPECTED_SLOW.reset(token)


class SlowQueryLog:
    """One engine's slow query log: its threshold and the one format every path logs in."""

    def __init__(self, threshold_ms: float) -> None:
        self.threshold_ms = threshold_ms

    def record(self, statement: str, duration_ms: float) -> None:
        """Log `statement` when `duration_ms` reaches the threshold (and slowness was not expected)."""
        if duration_ms >= self.threshold_ms and not _EXPECTED_SLOW.get():
            text = " ".join(statement.split())
            # The message shows the same value as the record's field (formatting the unrounded one
            # could print 2.6 where the field, 2.65, reads 2.7).
            rounded = round(duration_ms, 3)
            logger.warning(
                "slow query (%.1f ms): %s",
                rounded,
                text[:MAX_STATEMENT_CHARS],
                extra={"duration_ms": rounded, "statement": text[:MAX_STATEMENT_CHARS]},
            )


# Engines' logs, for statements that run on an engine's connections without SQLAlchemy's events
# (the compiled read path's prepared statements on the raw asyncpg connection).
_LOGS: weakref.WeakKeyDictionary[Any, SlowQueryLog] = weakref.WeakKeyDictionary()
_NEVER = SlowQueryLog(math.inf)


def slow_query_log_of(engine: AsyncEngine) -> SlowQueryLog:
    """The slow query log installed on `engine` (one that never logs when none is)."""
    return _LOGS.get(engine.sync_engine, _NEVER)


def install_slow_query_log(engine: AsyncEngine, threshold_ms: int) -> None:
    """Log every statement on `engine` that takes `threshold_ms` or longer (0 logs them all)."""
    sync_engine = engine.sync_engine
    log = _LOGS[sync_engine] = SlowQueryLog(threshold_ms)

    @event.listens_for(sync_engine, "before_cursor_execute")
    def _started(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        conn.info.setdefault(_STARTED, []).append(time.perf_counter())

    @event.listens_for(sync_engine, "after_cursor_execute")
    def _finished(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        started = conn.info.get(_STARTED)
        if not started:
            return
        log.record(statement, (time.perf_counter() - started.pop()) * 1000)

    @event.listens_for(sync_engine, "handle_error")
    def _failed(context: Any) -> None:
        # A failed statement never reaches after_cursor_execute: drop its start time.
        connection = context.connection
        if connection is not None and connection.info.get(_STARTED):
            connection.info[_STARTED].pop()
