"""The Starlette application: /graphql, /healthz, /readyz."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator

from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, WebSocketRoute

from psscript_graphql.config import Settings
from psscript_graphql.db import migrate
from psscript_graphql.db.session import Database
from psscript_graphql.graphiql.assets import VENDOR_URL, vendor_files
from psscript_graphql.graphql_app import PSScriptGraphQL
from psscript_graphql.search.embeddings.background import start_backfill

READY_CHECK_TIMEOUT_S = 3.0


async def healthz(request: Request) -> JSONResponse:
    """The process is alive and serving; says nothing about the database."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    """Ready when the database answers and is migrated to the code's head revision."""
    db: Database = request.app.state.db
    head: str = request.app.state.head_revision
    try:
        async with asyncio.timeout(READY_CHECK_TIMEOUT_S):
            async with db.engine.connect() as conn:
                current = await migrate.database_revision(conn)
    except Exception as error:  # noqa: BLE001 — any failure to reach the database means "not ready"
        return JSONResponse(
            {"status": "unavailable", "database": "unreachable", "detail": type(error).__name__}, status_code=503
        )
    if current != head:
        return JSONResponse(
            {"status": "unavailable", "database": "not migrated", "revision": current, "head": head},
            status_code=503,
        )
    return JSONResponse({"status": "ready", "database": "ok", "revision": current})


def create_app(settings: Settings, database_url: str) -> Starlette:
    db = Database.from_settings(settings, database_url)
    # Short timeouts: a Redis outage must degrade to the database quickly, not hang requests.
    redis = Redis.from_url(settings.redis_url, socket_timeout=1, socket_connect_timeout=1) if settings.redis_url else None
    graphql = PSScriptGraphQL(db, settings, redis)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await db.warm(settings.db_pool_min)
        # Everything loaded so far lives as long as the process; keep the collector from
        # re-scanning it. Full collections otherwise pause a request by 60–80 ms
        # (bench/search_plans.py saw them as the only searches over 100 ms).
        gc.freeze()
        backfill = start_backfill(db, settings) if settings.embedding_backfill_on_start else None
        yield
        if backfill is not None:
            await backfill.stop()
        await db.dispose()
        if redis is not None:
            await redis.aclose()

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Mount(VENDOR_URL, vendor_files(), name="graphiql-vendor"),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
        ],
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.settings = settings
    app.state.head_revision = migrate.head_revision()
    return app


def create_app_from_env() -> Starlette:
    """uvicorn factory for `serve --workers N`: the parent resolved DATABASE_URL for us."""
    settings = Settings.from_env()
    if not settings.database_url:
        raise RuntimeError("create_app_from_env needs DATABASE_URL (set by `psscript-graphql serve`)")
    return create_app(settings, settings.database_url)
