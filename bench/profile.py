"""`python -m bench profile`: where the GraphQL server spends its time on one workload.

Runs the production app in process (no uvicorn, no network) against the bench database
(seed it first with `python -m bench run`), sends the workload's bodies with a few
concurrent clients through httpx's ASGI transport, and profiles that with pyinstrument.
Writes an HTML and a text report to bench/results/.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from bench import database, wrk
from bench import run as bench_run
from bench.servers import GRAPHQL_APP, Server, free_port
from bench.workloads.base import Workload
from bench.workloads.registry import WORKLOADS
from psscript_graphql.config import Settings


class _Body:
    """One request as wrk would send it: payload, Authorization header, `__N__` made unique."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.payload, self.headers = bench_run._request(body)
        self._text = json.dumps(self.payload)
        self.unique = wrk.UNIQUE_MARK in self._text

    def json(self, counter: int) -> dict[str, Any]:
        return json.loads(self._text.replace(wrk.UNIQUE_MARK, f"p{_RUN}n{counter}")) if self.unique else self.payload


def _has_errors(answer: dict[str, Any]) -> bool:
    """Top-level errors, or a mutation payload's non-empty `errors` list."""
    return "errors" in answer or any(isinstance(v, dict) and v.get("errors") for v in (answer.get("data") or {}).values())


# Unique across runs too: a repeated createScript content is a duplicate, which queues no analysis.
_RUN = f"{int(time.time())}x{os.getpid()}"
_sent = itertools.count()


async def _drive(app: object, bodies: list[_Body], requests: int, concurrency: int) -> float:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    queue: asyncio.Queue[_Body] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(bodies[i % len(bodies)])

    async def client() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            while not queue.empty():
                body = queue.get_nowait()
                response = await http.post("/graphql", json=body.json(next(_sent)), headers=body.headers)
                response.raise_for_status()
                if b'"errors"' in response.content and _has_errors(response.json()):
                    raise RuntimeError(response.text[:500])

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return time.perf_counter() - started


async def _drain_jobs(db: database.BenchDatabase, *, timeout_s: float = 600.0) -> int:
    """Wait until no analysis job is queued or running (the in-process worker is idle); how many were.

    Runs interleaved with other measurements would otherwise share the CPU with a backlog of
    analyses queued by earlier runs' createScripts (a restart re-queues them), and a run's own
    createScripts leave analyses behind whose CPU belongs to those requests.
    """
    import asyncpg

    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        pending = first = await conn.fetchval(_PENDING_JOBS)
        deadline = time.monotonic() + timeout_s
        while pending and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            pending = await conn.fetchval(_PENDING_JOBS)
        return first
    finally:
        await conn.close()


_PENDING_JOBS = "SELECT count(*) FROM analysis_jobs WHERE status IN ('queued', 'running')"


def _signed_in_variables(workload: Workload, db: database.BenchDatabase) -> list[dict[str, Any]]:
    """A signed-in workload signs its users in over HTTP: a one-worker server for that setup."""
    server = Server("graphql-setup", GRAPHQL_APP, free_port())
    server.start(database_url=db.url, workers=1, pool_max=2, extra_env=bench_run.GRAPHQL_ENV)
    try:
        return asyncio.run(bench_run.variables_for(db, workload, server))
    finally:
        server.stop()


def run(
    workload_name: str, *, requests: int, concurrency: int, out: Path, measure_only: bool = False, operation: str | None = None
) -> None:
    if WORKLOADS[workload_name].driver is not None:
        raise SystemExit(f"bench: {workload_name} drives servers of its own and has no bodies to profile in process")
    from pyinstrument import Profiler

    from psscript_graphql.app import create_app

    workload = WORKLOADS[workload_name]
    # httpx logs every request at INFO: client work that would be measured as the server's.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    db = database.open_server(os.environ.get("DATABASE_URL"))
    try:
        if not asyncio.run(database.database_exists(db)):
            raise SystemExit("bench: no bench database yet; run `python -m bench run` once first")

        setup = _signed_in_variables(workload, db) if workload.signed_in else None

        async def main() -> None:
            import asyncpg

            if setup is None:
                conn = await asyncpg.connect(**db.asyncpg_kwargs())
                try:
                    variables = await workload.variables(conn)
                finally:
                    await conn.close()
            else:
                variables = setup
            bodies = [_Body(body) for body in bench_run._bodies(workload, variables)]
            if operation is not None:  # one mutation kind of a mix alone
                bodies = [body for body in bodies if body.payload.get("operationName") == operation]
                if not bodies:
                    raise SystemExit(f"bench: {workload_name} has no operation named {operation}")
            # As the bench's `graphql` server runs: no rate limits, no caches (run.GRAPHQL_ENV).
            settings = replace(
                Settings.from_env(),
                production=True,
                log_level="warning",
                database_url=db.url,
                rate_limit_per_minute=0,
                cache_enabled=False,
                # A one-off at start (re-embedding stale scripts) that would run during the measurement.
                embedding_backfill_on_start=False,
            )
            app = create_app(settings, db.url)
            # The lifespan runs as under uvicorn: pool warm-up, GC tuning.
            async with app.router.lifespan_context(app):
                backlog = await _drain_jobs(db)
                if backlog:
                    print(f"waited for {backlog} analysis jobs queued before this run")
                await _drive(app, bodies, min(requests, 50), concurrency)  # warm caches and the pool
                await _drain_jobs(db)
                cpu, wall = time.process_time(), time.perf_counter()
                await _drive(app, bodies, requests, concurrency)
                served_cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                queued = await _drain_jobs(db)
                cpu = time.process_time() - cpu
                print(f"unprofiled: {requests} requests, {cpu * 1000 / requests:.2f} ms CPU per request with the "
                      f"{queued} analysis jobs still queued at the end run to completion ({served_cpu * 1000 / requests:.2f} "
                      f"ms while serving), {wall * 1000 / requests:.2f} ms wall (client included, {concurrency} concurrent)")
                if measure_only:
                    return
                profiler = Profiler(async_mode="disabled", interval=0.0005)
                profiler.start()
                elapsed = await _drive(app, bodies, requests, concurrency)
                profiler.stop()
            print(f"{requests} requests in {elapsed:.2f} s: {requests / elapsed:.0f} req/s in one process (profiled)")
            out.mkdir(parents=True, exist_ok=True)
            name = workload_name if operation is None else f"{workload_name}-{operation}"
            (out / f"profile-{name}.html").write_text(profiler.output_html())
            text = profiler.output_text(unicode=True, color=False, show_all=False) + "\n\n" + profiler.output_text(unicode=True, color=False, flat=True)
            (out / f"profile-{name}.txt").write_text(text)
            print(text)

        asyncio.run(main())
    finally:
        db.stop()
