"""`psscript-graphql` commands: serve, worker, migrate, seed, reembed, retention, export-schema, error-codes.

Every command that needs a database uses DATABASE_URL when set, else the embedded server in
PSSCRIPT_DATA_DIR. Expected failures print one line to stderr and exit 1.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from alembic.util import CommandError

from psscript_graphql.config import ConfigError, Settings
from psscript_graphql.db import migrate
from psscript_graphql.db.bootstrap import (
    StartupError,
    ensure_extensions,
    prepare_database,
    resolve_database,
    wait_for_database,
)
from psscript_graphql.db.engine import create_engine
from psscript_graphql.db.session import Database
from psscript_graphql.observability.logging import configure_logging
from psscript_graphql.version import VERSION

T = TypeVar("T")
log = logging.getLogger("psscript_graphql")


class _Database:
    """The database a command works on, and the embedded server behind it if we started one."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.url, self.embedded = resolve_database(settings)

    def close(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()


def _run(coro_factory: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(coro_factory())  # type: ignore[arg-type]


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.serving.command import ServeOptions, serve

    return serve(ServeOptions(demo=args.demo, host=args.host, port=args.port, workers=args.workers), settings)


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    database = _Database(settings)

    async def run() -> str:
        engine = create_engine(settings, database.url, pool_max=1)
        try:
            await wait_for_database(engine)
            if args.action == "up":
                await ensure_extensions(engine)
                await migrate.upgrade(engine, args.revision or "head")
            elif args.action == "down":
                if args.revision is None and (await migrate.status(engine))[0] is None:
                    raise StartupError("the database is at base (empty): there is nothing to migrate down")
                await migrate.downgrade(engine, args.revision or "-1")
            current, head = await migrate.status(engine)
            return f"database at {current or 'base'}; code head {head}"
        finally:
            await engine.dispose()

    try:
        print(_run(run))
    except CommandError as error:  # Alembic's way of saying the revision makes no sense here
        reason = str(error).strip().splitlines()[0].rstrip(".")
        target = args.revision or ("head" if args.action == "up" else "one step back")
        raise StartupError(
            f"cannot migrate {args.action} to {target}: {reason}; "
            f"revisions are {', '.join(migrate.known_revisions())} (or base); see `migrate status`"
        ) from None
    finally:
        database.close()
    return 0


def cmd_seed(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.search.embeddings.factory import provider_for
    from psscript_graphql.seed.demo import SeedError, seed_database

    database = _Database(settings)

    async def run() -> dict[str, int]:
        await prepare_database(settings, database.url)
        db = Database.from_settings(settings, database.url)
        try:
            return (await seed_database(db, size=args.size, seed=args.seed, provider=provider_for(settings))).counts
        finally:
            await db.dispose()

    try:
        counts = _run(run)
    except SeedError as error:
        raise StartupError(str(error)) from None
    finally:
        database.close()
    print(", ".join(f"{table}: {count}" for table, count in counts.items()))
    return 0


def cmd_reembed(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.search.embeddings.backfill import backfill_embeddings
    from psscript_graphql.search.embeddings.factory import provider_for

    provider = provider_for(settings)
    database = _Database(settings)

    async def run() -> str:
        await prepare_database(settings, database.url)
        db = Database.from_settings(settings, database.url)
        try:
            report = await backfill_embeddings(db, provider, batch_size=args.batch_size)
        finally:
            await db.dispose()
        if report.skipped_locked:
            raise StartupError("another process is re-embedding this database; try again when it has finished")
        if report.failed_batches:
            raise StartupError(f"re-embedding stopped after {report.embedded} scripts; see the log for why")
        return f"embedded {report.embedded} scripts with {provider.model} in {report.seconds:.1f}s"

    try:
        print(_run(run))
    finally:
        database.close()
    return 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.jobs.runtime import check_redis
    from psscript_graphql.jobs.worker_process import run_worker

    if args.concurrency is not None:
        if args.concurrency < 1:
            raise ConfigError(f"--concurrency must be at least 1, got {args.concurrency}")
        settings = dataclasses.replace(settings, worker_concurrency=args.concurrency)
    if not settings.redis_url:
        raise StartupError("the worker command needs REDIS_URL (without it, `serve` runs analyses in process)")
    _run(lambda: check_redis(settings.redis_url or ""))  # before starting an embedded database for nothing
    database = _Database(settings)
    try:
        _run(lambda: run_worker(settings, database.url))
    finally:
        database.close()
    return 0


def cmd_retention(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.dbadmin.retention import MAX_RETENTION_DAYS, PurgeResult, purge_execution_logs

    days = settings.execution_log_retention_days if args.older_than_days is None else args.older_than_days
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise ConfigError(f"--older-than-days must be between 1 and {MAX_RETENTION_DAYS}, got {days}")
    database = _Database(settings)

    async def run() -> PurgeResult:
        engine = create_engine(settings, database.url, pool_max=1)
        try:
            await wait_for_database(engine)
            return await purge_execution_logs(engine, older_than_days=days)
        finally:
            await engine.dispose()

    try:
        result = _run(run)
    finally:
        database.close()
    print(f"deleted {result.deleted} execution logs created before {result.cutoff.isoformat(timespec='seconds')}")
    return 0


def cmd_export_schema(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.schema import export_sdl

    sys.stdout.write(export_sdl())
    return 0


def cmd_error_codes(args: argparse.Namespace, settings: Settings) -> int:
    from psscript_graphql.core.error_codes import markdown_table

    sys.stdout.write(markdown_table())
    return 0


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _port(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {raw!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be between 0 and 65535, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="psscript-graphql", description="PSScript GraphQL API server.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate the database and serve the API (GraphiQL at /graphql)")
    serve.add_argument("--demo", action="store_true", help="seed demo data when the database is empty")
    serve.add_argument("--host", help="interface to bind (default: HOST or 127.0.0.1)")
    serve.add_argument("--port", type=_port, help="port to bind (default: PORT or 4000)")
    serve.add_argument(
        "--workers", type=_positive_int, default=1,
        help="worker processes (default 1); without REDIS_URL they share an embedded Redis",
    )
    serve.set_defaults(handler=cmd_serve)

    mig = commands.add_parser("migrate", help="apply, revert or show database migrations")
    mig.add_argument("action", choices=("up", "down", "status"))
    mig.add_argument("revision", nargs="?", help="target revision (up: head, down: one step back)")
    mig.set_defaults(handler=cmd_migrate)

    seed = commands.add_parser("seed", help="fill an empty database with deterministic demo data")
    seed.add_argument("--size", choices=("small", "large"), default="small")
    seed.add_argument("--seed", type=int, default=42, help="random seed (same seed, same data)")
    seed.set_defaults(handler=cmd_seed)

    reembed = commands.add_parser(
        "reembed", help="embed scripts whose embedding is missing or made by another model (EMBEDDING_PROVIDER)"
    )
    reembed.add_argument("--batch-size", type=_positive_int, default=200, help="scripts per transaction (default 200)")
    reembed.set_defaults(handler=cmd_reembed)
    worker = commands.add_parser("worker", help="run analysis jobs from the Redis queue (needs REDIS_URL)")
    worker.add_argument("--concurrency", type=int, help="jobs at a time (default: WORKER_CONCURRENCY or 2)")
    worker.set_defaults(handler=cmd_worker)
    retention = commands.add_parser("retention", help="delete execution logs older than the retention period now")
    retention.add_argument(
        "--older-than-days", type=int, help="days of execution logs to keep (default: EXECUTION_LOG_RETENTION_DAYS or 90)"
    )
    retention.set_defaults(handler=cmd_retention)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL")
    export.set_defaults(handler=cmd_export_schema)
    codes = commands.add_parser("error-codes", help="print the error-code tables of docs/errors.md (Markdown)")
    codes.set_defaults(handler=cmd_error_codes)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        configure_logging(settings.log_level, settings.log_format)
        return args.handler(args, settings)
    except (StartupError, ConfigError) as error:
        print(f"psscript-graphql: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 — a bug or an outage we did not foresee: still one line
        log.debug("unexpected failure", exc_info=True)
        message = (str(error).strip() or "no message").splitlines()[0]
        print(
            f"psscript-graphql: error: unexpected {type(error).__name__}: {message} "
            "(LOG_LEVEL=debug shows the traceback)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
