"""Async engines with pool sizes and timeouts from Settings."""

from __future__ import annotations

import asyncio

import orjson
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from psscript_graphql.config import Settings
from psscript_graphql.db.urls import async_url
from psscript_graphql.observability.slow_queries import install_slow_query_log


def _json_serializer(value: object) -> str:
    return orjson.dumps(value).decode()


def create_engine(settings: Settings, url: str, *, pool_max: int | None = None) -> AsyncEngine:
    """A pooled asyncpg engine: `DB_POOL_MAX` connections at most, no overflow beyond it."""
    engine = create_async_engine(
        async_url(url),
        pool_size=pool_max or settings.db_pool_max,
        max_overflow=0,
        pool_timeout=settings.db_pool_timeout,
        pool_pre_ping=True,
        json_serializer=_json_serializer,
        json_deserializer=orjson.loads,
        connect_args={
            # asyncpg waits 60 s for a connection by default; a stuck server should fail faster.
            "timeout": min(settings.db_pool_timeout, 10.0),
            "server_settings": {
                "application_name": "psscript-graphql",
                "statement_timeout": str(settings.db_statement_timeout_ms),
            },
        },
    )
    install_slow_query_log(engine, settings.slow_query_ms)
    return engine


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
