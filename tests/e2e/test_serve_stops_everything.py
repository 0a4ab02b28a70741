"""Stopping `serve` stops the embedded PostgreSQL it started, whatever the signal.

uvicorn re-raises SIGTERM after draining; with Python's default handler that killed the process
before its `finally` ran, leaving PostgreSQL running and the pid in `pgdata/.handle_pids.json`,
which then kept every later `serve` from stopping it too.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.support.server import ServerProcess

# Embedded mode: no DATABASE_URL, no REDIS_URL, whatever the environment of the test run says.
EMBEDDED = {"DATABASE_URL": "", "REDIS_URL": ""}


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(pid)


def postmaster_pid(data_dir: Path) -> int:
    return int((data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])


def handle_pids(data_dir: Path) -> list[int]:
    return json.loads((data_dir / "pgdata" / ".handle_pids.json").read_text())


def serve(data_dir: Path, log_dir: Path) -> ServerProcess:
    return ServerProcess({**EMBEDDED, "PSSCRIPT_DATA_DIR": str(data_dir)}, log_dir=log_dir).start(timeout=120)


@pytest.fixture
def data_dir(tmp_path: Path):
    path = tmp_path / "data"
    yield path
    pidfile = path / "pgdata" / "postmaster.pid"
    if pidfile.exists() and alive(pid := postmaster_pid(path)):
        os.kill(pid, signal.SIGINT)  # a failed test must not leave a server behind (fast shutdown)
        wait_gone(pid)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_stop_signal_stops_the_embedded_postgres_too(signum: int, data_dir: Path, tmp_path: Path) -> None:
    server = serve(data_dir, tmp_path)
    postgres = postmaster_pid(data_dir)
    assert alive(postgres)
    server.send_signal(signum)
    code = server.wait(timeout=60)
    assert code in (0, 130), server.log()  # 130: interrupted (Ctrl-C)
    assert wait_gone(postgres), f"PostgreSQL {postgres} outlived serve:\n{server.log()}"
    assert handle_pids(data_dir) == []


def test_after_sigterm_a_second_serve_on_the_same_data_dir_starts_and_stops_cleanly(data_dir: Path, tmp_path: Path) -> None:
    first = serve(data_dir, tmp_path)
    first.send_sigterm()
    assert first.wait(timeout=60) == 0
    second = serve(data_dir, tmp_path)
    try:
        answer = httpx.post(f"{second.base_url}/graphql", json={"query": "{ scripts(first: 1) { totalCount } }"})
        assert answer.json()["data"] == {"scripts": {"totalCount": 0}}
        postgres = postmaster_pid(data_dir)
        second.send_sigterm()
        assert second.wait(timeout=60) == 0
        assert wait_gone(postgres)
    finally:
        second.stop()


def test_a_killed_serve_does_not_keep_the_next_one_from_stopping_postgres(data_dir: Path, tmp_path: Path) -> None:
    killed = serve(data_dir, tmp_path)
    postgres = postmaster_pid(data_dir)
    killed.send_signal(signal.SIGKILL)  # no chance to clean up: PostgreSQL and the stale pid stay
    killed.wait(timeout=10)
    assert alive(postgres) and len(handle_pids(data_dir)) == 1

    next_serve = serve(data_dir, tmp_path)  # attaches to the running server, forgets the dead pid
    assert postmaster_pid(data_dir) == postgres and handle_pids(data_dir) == [next_serve.pid]
    next_serve.send_signal(signal.SIGINT)
    next_serve.wait(timeout=60)
    assert wait_gone(postgres), next_serve.log()
    assert handle_pids(data_dir) == []
