"""Smoke test of an installed `psscript-graphql`: serve --demo, read the list page, stop, nothing left behind.

Usage: python smoke_serve.py <path to the psscript-graphql executable>

Standard library only, so it checks the install under test and nothing else: the executable
runs from its own virtual environment with its own PSSCRIPT_DATA_DIR on a free port.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

LIST_PAGE = "{ scripts(first: 5) { totalCount edges { node { id title } } } }"
START_TIMEOUT_S = 120
STOP_TIMEOUT_S = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fail(message: str, log: Path) -> None:
    print(f"smoke: FAIL: {message}\n--- server output ---\n{log.read_text(errors='replace')}", file=sys.stderr)
    sys.exit(1)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_healthy(base_url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            fail(f"serve exited with {server.returncode} before answering", log)
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    fail(f"no answer on {base_url}/healthz within {START_TIMEOUT_S}s", log)


def list_page(base_url: str) -> dict:
    request = urllib.request.Request(
        f"{base_url}/graphql",
        data=json.dumps({"query": LIST_PAGE}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main(executable: str) -> None:
    with tempfile.TemporaryDirectory(prefix="psscript-smoke-") as tmp:
        data_dir = Path(tmp) / "data"
        log = Path(tmp) / "serve.log"
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "PSSCRIPT_DATA_DIR": str(data_dir), "LOG_LEVEL": "warning"}
        for name in ("DATABASE_URL", "REDIS_URL", "PORT", "HOST"):
            env.pop(name, None)
        started = time.monotonic()
        with log.open("wb") as out:
            server = subprocess.Popen(
                [executable, "serve", "--demo", "--port", str(port)], env=env, cwd=tmp, stdout=out, stderr=out
            )
        try:
            wait_healthy(base_url, server, log)
            answer = list_page(base_url)
            page = (answer.get("data") or {}).get("scripts") or {}
            if answer.get("errors") or not page.get("totalCount") or not page.get("edges"):
                fail(f"the list page is empty or failed: {json.dumps(answer)[:500]}", log)
            postgres_pid = int((data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
            server.send_signal(signal.SIGTERM)  # what docker stop, systemd and kill send
            try:
                server.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                fail(f"serve did not stop within {STOP_TIMEOUT_S}s of SIGTERM", log)
            deadline = time.monotonic() + 10
            while alive(postgres_pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            if alive(postgres_pid):
                os.kill(postgres_pid, signal.SIGTERM)  # do not leave it behind on the CI machine
                fail(f"the embedded PostgreSQL (pid {postgres_pid}) outlived serve", log)
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
        print(
            f"smoke: ok ({executable}): {page['totalCount']} scripts listed, "
            f"stopped cleanly, {time.monotonic() - started:.0f}s"
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: smoke_serve.py <psscript-graphql executable>")
    main(str(Path(sys.argv[1]).resolve()))
