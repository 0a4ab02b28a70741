"""Count the SQL statements an engine executes (SQLAlchemy cursor events)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine


class StatementLog:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)


@contextmanager
def count_statements(engine: AsyncEngine) -> Iterator[StatementLog]:
    log = StatementLog()

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        log.statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield log
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


@contextmanager
def count_driver_statements(engine: AsyncEngine) -> Iterator[StatementLog]:
    """Every statement run on the engine's pooled connections: SQLAlchemy's (cursor events) and
    what the compiled read path sends on the raw asyncpg connection (asyncpg's query loggers,
    which do not see SQLAlchemy's prepared-statement executions, so nothing counts twice)."""
    log = StatementLog()

    def record(query: Any) -> None:
        log.statements.append(query.query)

    def record_cursor(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        log.statements.append(statement)

    def checkout(dbapi_connection: Any, *args: Any) -> None:
        dbapi_connection.driver_connection.add_query_logger(record)

    def checkin(dbapi_connection: Any, *args: Any) -> None:
        dbapi_connection.driver_connection.remove_query_logger(record)

    event.listen(engine.sync_engine, "checkout", checkout)
    event.listen(engine.sync_engine, "checkin", checkin)
    event.listen(engine.sync_engine, "before_cursor_execute", record_cursor)
    try:
        yield log
    finally:
        event.remove(engine.sync_engine, "checkout", checkout)
        event.remove(engine.sync_engine, "checkin", checkin)
        event.remove(engine.sync_engine, "before_cursor_execute", record_cursor)
