"""The Starlette application: /graphql, /healthz, /readyz."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, WebSocketRoute

from psscript_graphql.config import Settings
from psscript_graphql.core.garbage import tune_for_serving
from psscript_graphql.db import migrate
from psscript_graphql.db.session import Database
from psscript_graphql.graphiql.assets import VENDOR_URL, vendor_files
from psscript_graphql.graphql_app import PSScriptGraphQL

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
    graphql = PSScriptGraphQL(db, settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await db.warm(settings.db_pool_min)
        tune_for_serving()
        yield
        await db.dispose()

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
