"""`Database`: where resolvers, services, the worker and the CLI get sessions.

`read()` gives an autocommit session for queries (on the read replica when `DATABASE_READ_URL`
is set); `read_transaction()` one whose statements share a transaction (and its local settings);
`transaction()` gives one whose work commits at the end of the block or rolls back on error.
Sessions never expire objects on commit, so rows stay usable after the transaction.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from psscript_graphql.config import Settings
from psscript_graphql.db.engine import create_engine, warm_pool


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
        # Reads whose statements share transaction-local settings (search's set_config(…, true)).
        self._read_transaction = async_sessionmaker(self.read_engine, expire_on_commit=False)

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
    async def read_transaction(self) -> AsyncIterator[AsyncSession]:
        """Reads in one transaction (rolled back at the end): `SET LOCAL`/`set_config(…, true)`
        made by one statement still hold for the next, which autocommit `read()` loses."""
        async with self._read_transaction() as session:
            yield session

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        async with self._writer.begin() as session:
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.read_engine is not self.engine:
            await self.read_engine.dispose()
