"""`serve --workers 2` without REDIS_URL: the workers share an embedded Redis-protocol server.

Before, each worker had its own response cache and event broker: after a title change half the
anonymous reads answered the old title, and a subscriber on one worker heard nothing of a job
started through the other.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from tests.e2e.test_analysis_subscriptions import STAGES, _script_of
from tests.support.analysis_clients import ANALYZE, follow, register, ws_client
from tests.support.server import ServerProcess
from tests.support.workers import our_open_connections, pinned_clients, worker_of_connection, worker_pids

TITLES = "query($id: ID!) { node(id: $id) { ... on Script { title } } scripts(first: 5) { edges { node { title } } } }"
RENAME = "mutation($id: ID!, $t: String!) { updateScript(input: {id: $id, title: $t}) { errors { code } } }"


def start_two_workers(database: str, log_dir: Path) -> ServerProcess:
    server = ServerProcess(
        {"DATABASE_URL": database, "REDIS_URL": "", "LOG_LEVEL": "info", "DB_POOL_MIN": "1", "ANALYSIS_STAGE_DELAY_MS": "150"},
        ("--workers", "2"),
        log_dir=log_dir,
    ).start()
    deadline = time.monotonic() + 60
    while server.log().count("Application startup complete") < 2 or len(worker_pids(server)) < 2:
        assert time.monotonic() < deadline, server.log()
        time.sleep(0.1)
    return server


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = start_two_workers(module_database, tmp_path_factory.mktemp("workers"))
    yield process
    process.stop()


def titles(answer: dict) -> list[str]:
    data = answer["data"]
    return [data["node"]["title"], *(edge["node"]["title"] for edge in data["scripts"]["edges"])]


async def test_a_write_through_one_worker_is_read_at_once_through_both(server: ServerProcess, module_database: str) -> None:
    assert "embedded Redis shared by the workers" in server.log()
    user_id, token = register(server.base_url)
    script = await _script_of(module_database, user_id, public=True)
    clients = pinned_clients(server)
    writer, other = clients.values()
    for client in (writer, other, writer, other):  # the second round answers from each worker's cache
        assert "Renamed" not in titles(client.post({"query": TITLES, "variables": {"id": script}}))

    writer.post({"query": "{ __typename }"})  # the connection is fresh: the rename goes to the same worker
    assert writer.post({"query": RENAME, "variables": {"id": script, "t": "Renamed"}}, token)["data"]["updateScript"]["errors"] == []
    for client in (other, writer) * 4:
        seen = titles(client.post({"query": TITLES, "variables": {"id": script}}))
        assert seen[0] == "Renamed" and "Renamed" in seen[1:], f"worker {client.pid} answered {seen}"
    for client in clients.values():
        client.close()


async def test_a_subscriber_on_one_worker_gets_every_event_of_a_job_started_through_the_other(
    server: ServerProcess, module_database: str
) -> None:
    user_id, token = register(server.base_url)
    script = await _script_of(module_database, user_id, public=False)
    events: list[dict] = []
    following = asyncio.create_task(follow(ws_client(server.base_url, token=token), events, scriptId=script))
    deadline = time.monotonic() + 10
    while len(ours := our_open_connections(server.port)) != 1:  # the websocket, and only it
        assert time.monotonic() < deadline, ours
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # connection_init and subscribe done
    subscriber_worker = worker_of_connection(server, ours[0])
    clients = await asyncio.to_thread(pinned_clients, server)
    starter = next(client for pid, client in clients.items() if pid != subscriber_worker)

    await asyncio.to_thread(starter.post, {"query": "{ __typename }"})
    started = await asyncio.to_thread(starter.post, {"query": ANALYZE, "variables": {"id": script}}, token)
    job_id = started["data"]["analyzeScript"]["job"]["id"]
    await asyncio.wait_for(following, 30)

    assert [e["status"] for e in events] == ["QUEUED", "RUNNING", *["RUNNING"] * 4, "SUCCEEDED"]
    assert [e["stage"] for e in events[2:]] == STAGES
    assert {e["jobId"] for e in events} == {job_id}
    assert events[-1]["analysis"] is not None
    for client in clients.values():
        client.close()


def test_a_hang_up_stops_the_workers_and_the_embedded_redis(fresh_database: str, tmp_path: Path) -> None:
    # uvicorn's supervisor alone would restart the workers on SIGHUP; `serve` stops.
    server = start_two_workers(fresh_database, tmp_path)
    try:
        redis = [c for c in psutil.Process(server.pid).children() if "valkey" in c.name() or "redis" in c.name()]
        assert len(redis) == 1, [c.name() for c in psutil.Process(server.pid).children()]
        server.send_signal(signal.SIGHUP)
        assert server.wait(timeout=60) == 0
        redis[0].wait(timeout=10)
        assert not redis[0].is_running()
    finally:
        server.stop()
