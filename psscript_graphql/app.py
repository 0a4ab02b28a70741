"""The Starlette application: /graphql, /scripts/{id}/raw, /healthz, /readyz, /metrics, GraphiQL's assets, and / (to /graphql)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route, WebSocketRoute

from psscript_graphql.cache.base import make_store
from psscript_graphql.cache.redis import request_path_client
from psscript_graphql.config import Settings
from psscript_graphql.core.cors import cors_middleware
from psscript_graphql.core.garbage import tune_for_serving
from psscript_graphql.db import migrate
from psscript_graphql.db.session import Database
from psscript_graphql.dbadmin.retention import PeriodicRetention
from psscript_graphql.graphiql.assets import VENDOR_URL, vendor_file
from psscript_graphql.graphql_app import PSScriptGraphQL
from psscript_graphql.jobs import state as job_state
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.observability.endpoint import forget_this_process, metrics
from psscript_graphql.observability.http_metrics import HttpMetricsMiddleware
from psscript_graphql.observability.logging import configure_logging
from psscript_graphql.observability.metrics import register_queue_depth
from psscript_graphql.observability.request_id import RequestIdMiddleware
from psscript_graphql.scripts.download import RawScriptEndpoint
from psscript_graphql.search.embeddings.background import start_backfill
from psscript_graphql.serving import http_protocol

READY_CHECK_TIMEOUT_S = 3.0


async def home(request: Request) -> RedirectResponse:
    """A browser pointed at the server lands in GraphiQL (or, in production, at the API)."""
    return RedirectResponse("/graphql", status_code=302)


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
    jobs = JobRuntime.from_settings(settings)
    # The job runtime keeps its own client for blocking stream reads.
    redis = request_path_client(settings.redis_url) if settings.redis_url else None
    cache_store = make_store(redis)
    graphql = PSScriptGraphQL(db, settings, redis=redis, jobs=jobs, cache_store=cache_store)
    retention = PeriodicRetention(
        db.engine,
        older_than_days=settings.execution_log_retention_days,
        interval_s=settings.retention_interval_s,
        on_purged=cache_store.bump,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await db.warm(settings.db_pool_min)
        await jobs.check()
        if settings.analyses_run_in_serve:
            # Without Redis (or with SERVE_RUNS_ANALYSES) this process runs analyses; each stored one
            # invalidates the cache.
            await jobs.start_worker(db, settings, on_stored=cache_store.bump)
        backfill = start_backfill(db, settings, on_embedded=cache_store.bump) if settings.embedding_backfill_on_start else None
        retention.start()

        async def queue_depth() -> int:
            async with db.read() as session:
                return await job_state.waiting_job_count(session)

        register_queue_depth("analysis", queue_depth)
        tune_for_serving()
        yield
        await graphql.view.session_watch.close()
        await retention.stop()
        if backfill is not None:
            await backfill.stop()
        await jobs.close()
        forget_this_process(settings.prometheus_multiproc_dir)
        await db.dispose()
        if redis is not None:
            await redis.aclose()

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/", home),
            Route(VENDOR_URL + "/{version}/{name}", vendor_file, name="graphiql-vendor"),
            # `path`: a global ID may hold "/" (base64).
            Route("/scripts/{id:path}/raw", RawScriptEndpoint(db, graphql.authenticate).get, methods=["GET"]),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            Route("/metrics", metrics),
        ],
        # Outermost first: the request id is set before anything logs, metrics time the rest
        # (preflights included), and every response, errors too, carries the CORS headers.
        middleware=[
            Middleware(RequestIdMiddleware),
            Middleware(HttpMetricsMiddleware, db=db),
            cors_middleware(settings.cors_origins),
        ],
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.jobs = jobs
    app.state.settings = settings
    app.state.head_revision = migrate.head_revision()
    return app


def create_app_from_env() -> Starlette:
    """uvicorn factory for `serve --workers N`: the parent resolved DATABASE_URL for us."""
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)  # a spawned worker inherits no logging setup
    http_protocol.configure(settings.header_timeout)  # nor the header timeout `serve` set
    if not settings.database_url:
        raise RuntimeError("create_app_from_env needs DATABASE_URL (set by `psscript-graphql serve`)")
    return create_app(settings, settings.database_url)
