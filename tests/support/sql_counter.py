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
