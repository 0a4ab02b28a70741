"""Talking to one chosen worker process of `serve --workers N`.

The workers share one listening socket and the kernel decides which accepts a connection, so a
test opens connections until it holds one per worker, and asks the operating system which worker
process holds the server side of each (psutil: no test-only code in the server).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import psutil

from tests.support.server import ServerProcess

PROBE = {"query": "{ __typename }"}


def _tcp(process: psutil.Process) -> list[Any]:
    return process.net_connections(kind="tcp")


def worker_pids(server: ServerProcess) -> list[int]:
    """The children of `serve` that listen on its port (not the embedded Redis, not helpers)."""
    workers = []
    for child in psutil.Process(server.pid).children():
        try:
            if any(c.status == psutil.CONN_LISTEN and c.laddr.port == server.port for c in _tcp(child)):
                workers.append(child.pid)
        except psutil.NoSuchProcess:
            continue
    return sorted(workers)


def worker_of_connection(server: ServerProcess, client_port: int) -> int | None:
    """The worker holding the server side of the connection from our local `client_port`."""
    for pid in worker_pids(server):
        for conn in _tcp(psutil.Process(pid)):
            if conn.laddr.port == server.port and conn.raddr and conn.raddr.port == client_port:
                return pid
    return None


def client_port(response: httpx.Response) -> int:
    return response.extensions["network_stream"].get_extra_info("client_addr")[1]


def our_open_connections(port: int) -> list[int]:
    """Local ports of this process's established connections to `port` (e.g. a websocket)."""
    return [
        c.laddr.port
        for c in psutil.Process(os.getpid()).net_connections(kind="tcp")
        if c.raddr and c.raddr.port == port and c.status == psutil.CONN_ESTABLISHED
    ]


class PinnedClient:
    """An HTTP client whose keep-alive connection is served by worker `pid`."""

    def __init__(self, server: ServerProcess, client: httpx.Client, pid: int) -> None:
        self.server, self.client, self.pid = server, client, pid

    def post(self, json: dict[str, Any], token: str | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = self.client.post("/graphql", json=json, headers=headers)
        served_by = worker_of_connection(self.server, client_port(response))
        assert served_by == self.pid, f"answered by worker {served_by}, not {self.pid} (connection replaced?)"
        return response.json()

    def close(self) -> None:
        self.client.close()


def pinned_clients(server: ServerProcess, *, timeout: float = 30.0) -> dict[int, PinnedClient]:
    """One client per worker, found by opening connections (several at once) until each worker has one."""
    wanted = set(worker_pids(server))
    found: dict[int, PinnedClient] = {}
    deadline = time.monotonic() + timeout

    def probe(_: int) -> tuple[httpx.Client, int | None]:
        client = httpx.Client(base_url=server.base_url, timeout=30)
        response = client.post("/graphql", json=PROBE)
        return client, worker_of_connection(server, client_port(response))

    with ThreadPoolExecutor(max_workers=8) as pool:
        while found.keys() != wanted:
            assert time.monotonic() < deadline, f"could not reach every worker of {sorted(wanted)}"
            for client, pid in pool.map(probe, range(8)):
                if pid in wanted and pid not in found:
                    found[pid] = PinnedClient(server, client, pid)
                else:
                    client.close()
    return found
