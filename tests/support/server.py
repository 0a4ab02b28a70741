"""Run the real `psscript-graphql serve` (uvicorn) in a subprocess for end-to-end tests."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    def __init__(self, env: dict[str, str], args: tuple[str, ...] = (), log_dir: Path | None = None) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        # Tests sign many users up from one address: the per-address sign-in bucket is off unless a test sets it.
        defaults = {"PORT": str(self.port), "HOST": "127.0.0.1", "LOG_LEVEL": "warning", "SIGNIN_RATE_PER_MINUTE": "0"}
        self._env = {**os.environ, **defaults, **env}
        self._args = args
        self._log_path = (log_dir or Path("/tmp")) / f"server-{self.port}.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> ServerProcess:
        with self._log_path.open("wb") as log:  # the child keeps its own copy of the descriptor
            self._process = subprocess.Popen(
                [sys.executable, "-m", "psscript_graphql.cli", "serve", *self._args],
                env=self._env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"server exited with {self._process.returncode}:\n{self.log()}")
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not become healthy:\n{self.log()}")

    def log(self) -> str:
        return self._log_path.read_text(errors="replace") if self._log_path.exists() else ""

    def send_sigterm(self) -> None:
        """Ask the server to shut down (what an orchestrator does) without waiting for it."""
        assert self._process is not None
        self._process.terminate()

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    def send_signal(self, signum: int) -> None:
        assert self._process is not None
        self._process.send_signal(signum)

    def wait(self, timeout: float) -> int:
        assert self._process is not None
        return self._process.wait(timeout=timeout)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None


@contextlib.contextmanager
def demo_seeded_server(database_url: str, log_dir: Path, **env: str) -> Iterator[ServerProcess]:
    """A real server over `database_url` seeded with the demo data (seed 42), every cache and the
    rate limit off so each request executes; `env` adds or overrides settings."""
    from psscript_graphql.config import Settings
    from psscript_graphql.db.session import Database
    from psscript_graphql.seed.demo import seed_database

    async def seed() -> None:
        db = Database.from_settings(Settings(db_pool_max=2, db_pool_min=1), database_url)
        await seed_database(db, seed=42)
        await db.dispose()

    asyncio.run(seed())
    base = {"DATABASE_URL": database_url, "CACHE_ENABLED": "false", "EMBEDDING_BACKFILL_ON_START": "false",
            "RATE_LIMIT_PER_MINUTE": "0"}
    process = ServerProcess(base | env, log_dir=log_dir).start()
    try:
        yield process
    finally:
        process.stop()
