"""Async engines with pool sizes and timeouts from Settings."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
from sqlalchemy import event, exc, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from psscript_graphql.config import Settings
from psscript_graphql.db.urls import async_url
from psscript_graphql.observability.slow_queries import install_slow_query_log

# A pooled connection idle at least this long is pinged before use. SQLAlchemy's
# pool_pre_ping pings on every checkout — with asyncpg that is BEGIN, `;`, ROLLBACK: three
# round trips before each loader's one query, a fifth of a page's time in the bench. A
# connection in steady use has just proven itself; one that sat idle (a database restart, a
# dropped socket) is checked, and replaced if the ping fails.
PING_AFTER_IDLE_S = 1.0
MAX_CACHEABLE_STATEMENT_BYTES = 256 * 1024


def _json_serializer(value: object) -> str:
    return orjson.dumps(value).decode()


def create_engine(settings: Settings, url: str, *, pool_max: int | None = None) -> AsyncEngine:
    """A pooled asyncpg engine: `DB_POOL_MAX` connections at most, no overflow beyond it."""
    engine = create_async_engine(
        async_url(url),
        pool_size=pool_max or settings.db_pool_max,
        max_overflow=0,
        pool_timeout=settings.db_pool_timeout,
        json_serializer=_json_serializer,
        json_deserializer=orjson.loads,
        connect_args={
            # asyncpg waits 60 s for a connection by default; a stuck server should fail faster.
            "timeout": min(settings.db_pool_timeout, 10.0),
            # Compiled reads run one statement per root field, often larger than asyncpg's 15 KB
            # limit for its statement cache; an uncached one is parsed and planned on every
            # execution (a detail page: 9 ms instead of 0.6 ms).
            "max_cacheable_statement_size": MAX_CACHEABLE_STATEMENT_BYTES,
            "server_settings": {
                "application_name": "psscript-graphql",
                "statement_timeout": str(settings.db_statement_timeout_ms),
            },
        },
    )
    install_slow_query_log(engine, settings.slow_query_ms)
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: AsyncEngine) -> None:
    pool, dialect = engine.sync_engine.pool, engine.sync_engine.dialect

    @event.listens_for(pool, "checkin")
    def remember_return(dbapi_connection: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def ping_if_idle(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        returned_at = record.info.get("returned_at")
        if returned_at is None or time.monotonic() - returned_at < PING_AFTER_IDLE_S:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as error:
            # The pool discards this connection and checks out (or opens) another.
            raise exc.DisconnectionError(f"pooled connection failed its ping: {error}") from error


async def warm_pool(engine: AsyncEngine, connections: int) -> None:
    """Open `connections` connections at once and return them to the pool (DB_POOL_MIN)."""
    if connections <= 0:
        return
    held = [await engine.connect() for _ in range(connections)]
    try:
        await asyncio.gather(*(conn.execute(text("SELECT 1")) for conn in held))
    finally:
        for conn in held:
            await conn.close()
