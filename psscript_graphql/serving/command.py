"""`psscript-graphql serve`: bind, prepare the database, start what is embedded, serve, stop it all.

Order matters: the port is bound first (a busy port fails before anything starts), then the
database is reached and migrated (and seeded with --demo), then — for --workers N without
REDIS_URL — the embedded Redis starts, then uvicorn. Whatever way it ends (a signal, an error),
everything started here is stopped, in reverse.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from psscript_graphql.config import Settings
from psscript_graphql.db.bootstrap import StartupError, prepare_database, resolve_database
from psscript_graphql.db.embedded import EmbeddedServer
from psscript_graphql.serving.run import bind_socket, run_uvicorn, stop_signals
from psscript_graphql.version import VERSION

T = TypeVar("T")
log = logging.getLogger("psscript_graphql")


@dataclass(frozen=True)
class ServeOptions:
    demo: bool = False
    host: str | None = None
    port: int | None = None
    workers: int = 1


def _run(coro_factory: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(coro_factory())  # type: ignore[arg-type]


def serving_line(settings: Settings, host: str, port: int, *, workers: int, redis: str) -> str:
    """The one line `serve` prints when it listens: where, what, and on what."""
    url = f"http://{host}:{port}/graphql"
    what = "the GraphQL API (production: no GraphiQL)" if settings.production else "the GraphQL API and GraphiQL"
    database = "DATABASE_URL" if settings.database_url else f"embedded PostgreSQL in {settings.data_dir}"
    processes = f"{workers} workers" if workers > 1 else "1 process"
    return f"psscript-graphql {VERSION}: serving {what} at {url} ({processes}; {database}; {redis})"


@contextlib.contextmanager
def _embedded_postgres(settings: Settings) -> Iterator[tuple[str, EmbeddedServer | None]]:
    url, embedded = resolve_database(settings)
    try:
        yield url, embedded
    finally:
        if embedded is not None:
            embedded.stop()


async def _seed_demo_if_empty(settings: Settings, url: str) -> None:
    from psscript_graphql.db.session import Database
    from psscript_graphql.search.embeddings.factory import provider_for
    from psscript_graphql.seed.demo import database_is_empty, seed_database

    db = Database.from_settings(settings, url)
    try:
        if await database_is_empty(db):
            report = await seed_database(db, size="small", provider=provider_for(settings))
            log.info("seeded demo data: %s", report.counts)
    finally:
        await db.dispose()


def serve(options: ServeOptions, settings: Settings) -> int:
    from psscript_graphql.serving import http_protocol
    from psscript_graphql.serving.websocket_protocol import GoingAwayWebSocketProtocol

    if settings.trusted_documents_file is not None:
        from psscript_graphql.core.trusted_documents import TrustedDocuments, TrustedDocumentsError

        try:  # a broken manifest is one clear line now, not a traceback from inside uvicorn
            TrustedDocuments.load(settings.trusted_documents_file)
        except TrustedDocumentsError as error:
            raise StartupError(str(error)) from None
    http_protocol.configure(settings.header_timeout)
    host = options.host or settings.host
    port = settings.port if options.port is None else options.port
    with stop_signals(), contextlib.ExitStack() as stack:
        sock = stack.enter_context(bind_socket(host, port))
        port = sock.getsockname()[1]  # --port 0 picks a free one
        database_url, _ = stack.enter_context(_embedded_postgres(settings))
        _run(lambda: prepare_database(settings, database_url))
        if settings.redis_url:
            from psscript_graphql.jobs.runtime import check_redis

            _run(lambda: check_redis(settings.redis_url or ""))
        if options.demo:
            _run(lambda: _seed_demo_if_empty(settings, database_url))
        server_options = {
            "host": host,
            "port": port,
            "log_level": settings.log_level,
            "log_config": None,  # logging is ours (LOG_FORMAT); uvicorn's loggers propagate to it
            "ws": GoingAwayWebSocketProtocol,  # subscriptions end with 1001 on shutdown
            "http": http_protocol.HeaderTimeoutProtocol,  # stalled headers end with 408 (HEADER_TIMEOUT)
            "timeout_graceful_shutdown": settings.graceful_shutdown_s,  # then in-flight requests are cancelled
            "proxy_headers": True,
            "forwarded_allow_ips": settings.forwarded_allow_ips,
        }
        if options.workers > 1:
            redis = _shared_state_for_workers(stack, settings, database_url)
            print(serving_line(settings, host, port, workers=options.workers, redis=redis), file=sys.stderr, flush=True)
            run_uvicorn(
                "psscript_graphql.app:create_app_from_env", sock, workers=options.workers, **server_options
            )
        else:
            from psscript_graphql.app import create_app

            redis = "Redis at REDIS_URL" if settings.redis_url else "in-process cache and queue"
            print(serving_line(settings, host, port, workers=1, redis=redis), file=sys.stderr, flush=True)
            run_uvicorn(create_app(settings, database_url), sock, workers=1, **server_options)
    return 0


def _shared_state_for_workers(stack: contextlib.ExitStack, settings: Settings, database_url: str) -> str:
    """Hand the worker processes (which build their app from the environment) the database, a Redis
    they all share, and a metrics directory; returns how the line printed at start names the Redis."""
    from psscript_graphql.observability.multiprocess import metrics_directory

    os.environ["DATABASE_URL"] = database_url
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = stack.enter_context(metrics_directory(settings.prometheus_multiproc_dir))
    if settings.redis_url:
        return "Redis at REDIS_URL"
    from psscript_graphql.serving.embedded_redis import EmbeddedRedis, requeue_into

    embedded = EmbeddedRedis().start()
    stack.callback(embedded.stop)
    requeued = _run(lambda: requeue_into(embedded.url, settings, database_url))
    if requeued:
        log.info("re-queued %d unfinished analysis job(s)", requeued)
    os.environ["REDIS_URL"] = embedded.url
    # The workers run the analyses from the shared queue: there is no separate `worker` process.
    os.environ["SERVE_RUNS_ANALYSES"] = "true"
    return "embedded Redis shared by the workers"
