"""`Database`: where resolvers, services, the worker and the CLI get sessions.

`read()` gives an autocommit session for queries (on the read replica when `DATABASE_READ_URL`
is set); `snapshot()` a read session inside one transaction, for work that needs `SET LOCAL`
settings or several statements over one snapshot (search), rolled back at the end;
`transaction()` gives one whose work commits at the end of the block or rolls back on error;
`statements()` a Core connection and `autocommit()` an ORM session, both on the primary in
autocommit, for hot single statements.
Sessions never expire objects on commit, so rows stay usable after the transaction.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from psscript_graphql.config import Settings
from psscript_graphql.db.engine import create_engine, warm_pool
from psscript_graphql.observability.slow_queries import slow_query_log_of


class Database:
    def __init__(self, engine: AsyncEngine, read_engine: AsyncEngine | None = None) -> None:
        self.engine = engine
        self.read_engine = read_engine or engine
        self._writer = async_sessionmaker(engine, expire_on_commit=False)
        # Reads run in autocommit: each loader's single SELECT needs no BEGIN/ROLLBACK round
        # trips around it (and each statement still sees one consistent snapshot).
        self._reader = async_sessionmaker(
            self.read_engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
        )
        self._snapshot_reader = async_sessionmaker(self.read_engine, expire_on_commit=False)
        self._autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._read_autocommit = self.read_engine.execution_options(isolation_level="AUTOCOMMIT")
        self._autocommit_writer = async_sessionmaker(self._autocommit, expire_on_commit=False)
        self.read_slow_query_log = slow_query_log_of(self.read_engine)

    @classmethod
    def from_settings(cls, settings: Settings, url: str) -> Database:
        read_url = settings.database_read_url
        read_engine = create_engine(settings, read_url) if read_url else None
        return cls(create_engine(settings, url), read_engine)

    async def warm(self, connections: int) -> None:
        await warm_pool(self.engine, connections)
        if self.read_engine is not self.engine:
            await warm_pool(self.read_engine, connections)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self._reader() as session:
            yield session

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[AsyncSession]:
        """Read-only work in one transaction: transaction-local settings (`set_config(…, true)`)
        hold for every statement in the block. Autocommit `read()` would drop them after each."""
        async with self._snapshot_reader() as session:  # begins on first use, rolls back on close
            yield session

    @asynccontextmanager
    async def statements(self) -> AsyncIterator[AsyncConnection]:
        """A Core connection to the primary in autocommit: each statement commits on its own.

        For hot single statements that must see the latest committed state (the bearer-token
        check of every signed-in request): no ORM session, no BEGIN/COMMIT round trips.
        """
        async with self._autocommit.connect() as connection:
            yield connection

    @asynccontextmanager
    async def read_driver(self) -> AsyncIterator[Any]:
        """The asyncpg connection under a pooled autocommit read connection (the replica when
        configured): compiled reads run their prepared statements on it directly, timing each
        for `read_slow_query_log` (SQLAlchemy's events do not see them)."""
        async with self._read_autocommit.connect() as connection:
            raw = await connection.get_raw_connection()
            yield raw.driver_connection

    @asynccontextmanager
    async def autocommit(self) -> AsyncIterator[AsyncSession]:
        """An ORM session on the primary in autocommit: each statement commits by itself.

        For a write that is one statement (a job's progress `UPDATE … RETURNING`): atomic on its
        own, without the BEGIN and COMMIT round trips of `transaction()`.
        """
        async with self._autocommit_writer() as session:
            yield session

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        async with self._writer.begin() as session:
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.read_engine is not self.engine:
            await self.read_engine.dispose()
