"""Start the GraphQL server and the floor the way production runs: uvicorn, no reload,
warning logs, no access log, N workers, production settings; stop them afterwards."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

GRAPHQL_APP = "psscript_graphql.app:create_app_from_env"
FLOOR_APP = "bench.floor:create_app"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    name: str
    app: str
    port: int
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)
    # Processes whose CPU counts as this server's (the Redis its cache lives in).
    helper_pids: list[int] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, database_url: str, workers: int, pool_max: int, extra_env: dict[str, str] | None = None) -> None:
        env = dict(os.environ)
        env.update(
            DATABASE_URL=database_url,
            PSSCRIPT_PRODUCTION="true",
            LOG_LEVEL="warning",
            DB_POOL_MAX=str(pool_max),
            DB_POOL_MIN=str(min(pool_max, 4)),
            **(extra_env or {}),
        )
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "uvicorn", self.app, "--factory",
                "--host", "127.0.0.1", "--port", str(self.port),
                "--workers", str(workers), "--log-level", "warning", "--no-access-log",
            ],
            env=env,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} server exited with status {self.process.returncode}")
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200:
                    time.sleep(1.0)  # let every worker finish starting
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} server did not answer /healthz within 60 s")

    def cpu_seconds(self) -> float | None:
        """CPU time used so far by the server, its workers and helper processes (Linux /proc; None elsewhere).

        On a shared machine this is steadier than throughput: it is what one request costs,
        however much of the CPU the server was given.
        """
        if self.process is None:
            return None
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
            total = 0
            for pid in [self.process.pid, *map(int, children), *self.helper_pids]:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
        except (OSError, ValueError):
            return None
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
