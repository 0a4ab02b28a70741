"""(5) Subscriptions: CLIENTS websocket clients (graphql-transport-ws, signed in through
`connection_init`) watch `analysisProgress(scriptId)` of JOBS scripts while their analyses run.

wrk speaks no websockets, so this workload drives itself. There is no floor: an asyncpg
endpoint has no job runner or event fan-out to compare with. Its server is a GraphQL server of
its own with ONE uvicorn worker: without REDIS_URL the job queue and the event broker are
in-process, so a job run by one worker is only seen by that worker's subscribers (deployed,
Redis pub/sub fans events out across processes; the bench runs no Redis).

Per round: every client subscribes (before anything is queued: with `scriptId` a subscriber
follows the script's next job), then each script's content is changed (`updateScript`, which
queues an analysis) and `analyzeScript` is called for it — it returns that queued job. Measured:
delivery latency of each job's final event (its `job.finishedAt`, written by the worker just
before publishing, to the client's receipt — one machine, one clock), trigger → final event at
the client, and completed jobs per second from the first trigger to the last final event.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from datetime import datetime
from typing import Any

import asyncpg
import httpx
from websockets.asyncio.client import connect

from bench.servers import GRAPHQL_APP, Server, free_port
from bench.workloads import mutation_mix
from bench.workloads.base import DriverContext, Workload

CLIENTS, JOBS, ROUNDS = 50, 10, 3
WATCH = """
subscription ($scriptId: ID!) {
  analysisProgress(scriptId: $scriptId) { status stage percent job { finishedAt } }
}
"""
UPDATE = """
mutation ($id: ID!, $content: String!) { updateScript(input: {id: $id, content: $content}) { errors { code message } } }
"""
ANALYZE = "mutation ($id: ID!) { analyzeScript(scriptId: $id) { errors { code message } job { id status } } }"
FINAL = ("SUCCEEDED", "FAILED")


def _content(stamp: str, job: int, round_: int) -> str:
    return (f"# bench subscription script {job}, run {stamp}, round {round_}\n"
            "param([string]$Path = 'C:\\Logs')\n"
            "Get-ChildItem -Path $Path -Filter *.log -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |\n"
            "    Remove-Item -WhatIf\nWrite-Output \"cleaned $Path\"\n")


async def _idle(db: Any, script_ids: list[int]) -> None:
    """Wait until no analysis of these scripts is queued or running."""
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        for _ in range(600):
            busy = await conn.fetchval(
                "SELECT count(*) FROM analysis_jobs WHERE script_id = ANY($1::bigint[]) AND status IN ('queued', 'running')",
                script_ids)
            if not busy:
                return
            await asyncio.sleep(0.1)
        raise SystemExit("bench: subscriptions: earlier analyses did not finish within 60 s")
    finally:
        await conn.close()


async def _watch(ws_url: str, token: str, script_id: str, ready: asyncio.Event, ready_count: list[int],
                 received: list[tuple[float, dict[str, Any]]]) -> None:
    async with connect(ws_url, subprotocols=["graphql-transport-ws"], max_size=2**22) as websocket:
        await websocket.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        assert json.loads(await websocket.recv())["type"] == "connection_ack"
        await websocket.send(json.dumps({"id": "1", "type": "subscribe",
                                         "payload": {"query": WATCH, "variables": {"scriptId": script_id}}}))
        ready_count[0] += 1
        if ready_count[0] == CLIENTS:
            ready.set()
        async for raw in websocket:
            message = json.loads(raw)
            if message["type"] == "next":
                received.append((time.time(), message["payload"]))
            elif message["type"] in ("complete", "error"):
                if message["type"] == "error":
                    raise RuntimeError(f"subscription error: {message}")
                return


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)

    def at(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    return {"p50_ms": at(0.5), "p95_ms": at(0.95), "p99_ms": at(0.99), "max_ms": ordered[-1] * 1000,
            "mean_ms": statistics.fmean(ordered) * 1000}


async def _measure(server: Server, db: Any) -> dict[str, Any]:
    url = f"{server.base_url}/graphql"
    ws_url = url.replace("http://", "ws://")
    stamp = str(time.time_ns())
    with httpx.Client(timeout=60) as client:
        token = mutation_mix._sign_in(client, url, 99)
        scripts = []
        for job in range(JOBS):
            data = mutation_mix._call(client, url, mutation_mix.CREATE,
                                      {"title": f"Bench watched {job}", "content": _content(stamp, job, -1)}, token)
            scripts.append(data["createScript"]["script"]["id"])
    ids = [int(__import__("base64").b64decode(s).decode().split(":")[1]) for s in scripts]
    final_latency: list[float] = []
    trigger_to_final: list[float] = []
    events = 0
    completed = 0
    busy_seconds = 0.0
    async with httpx.AsyncClient(timeout=60, headers={"Authorization": f"Bearer {token}"}) as client:
        for round_ in range(ROUNDS):
            await _idle(db, ids)  # the create's (or last round's) analyses are done: subscribers wait for the next job
            ready, count, received = asyncio.Event(), [0], []
            per_client: list[list[tuple[float, dict[str, Any]]]] = [[] for _ in range(CLIENTS)]
            watchers = [asyncio.create_task(_watch(ws_url, token, scripts[i % JOBS], ready, count, per_client[i]))
                        for i in range(CLIENTS)]
            await asyncio.wait_for(ready.wait(), 60)
            await asyncio.sleep(0.3)  # the last subscribe messages reach the server
            triggered: dict[str, float] = {}
            started = time.time()
            for job, script in enumerate(scripts):
                triggered[script] = time.time()
                for query, variables in ((UPDATE, {"id": script, "content": _content(stamp, job, round_)}), (ANALYZE, {"id": script})):
                    answer = (await client.post(url, json={"query": query, "variables": variables})).json()
                    if "errors" in answer:
                        raise SystemExit(f"bench: subscriptions: {answer['errors']}")
            await asyncio.wait_for(asyncio.gather(*watchers), 120)
            last_final = started
            for i, received in enumerate(per_client):
                events += len(received)
                for at, payload in received:
                    progress = payload["data"]["analysisProgress"]
                    if progress["status"] in FINAL:
                        finished = datetime.fromisoformat(progress["job"]["finishedAt"]).timestamp()
                        final_latency.append(at - finished)
                        trigger_to_final.append(at - triggered[scripts[i % JOBS]])
                        last_final = max(last_final, at)
            completed += JOBS
            busy_seconds += last_final - started
    return {
        "clients": CLIENTS, "jobs_per_round": JOBS, "rounds": ROUNDS, "events_received": events,
        "final_events_received": len(final_latency),
        "final_event_delivery": _percentiles(final_latency),
        "trigger_to_final_event": _percentiles(trigger_to_final),
        "jobs_per_second": completed / busy_seconds if busy_seconds else None,
    }


def drive(context: DriverContext) -> dict[str, Any]:
    server = Server("graphql-subscriptions", GRAPHQL_APP, free_port())
    from bench.run import GRAPHQL_ENV

    server.start(database_url=context.database.url, workers=1, pool_max=context.options.pool_max, extra_env=GRAPHQL_ENV)
    try:
        return {"kind": "subscriptions", "runs": [], "subscriptions": asyncio.run(_measure(server, context.database))}
    finally:
        server.stop()


async def _no_variables(conn: asyncpg.Connection) -> list[dict[str, Any]]:
    return []


WORKLOAD = Workload(
    name="subscriptions",
    title=f"{CLIENTS} websocket clients on analysisProgress(scriptId) while {JOBS} analyses run, {ROUNDS} rounds",
    query=WATCH,
    variables=_no_variables,
    floor=None,
    floor_note="no floor: a bare asyncpg endpoint has no job runner or event fan-out to compare with",
    driver=drive,
)
