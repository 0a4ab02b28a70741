"""`python -m bench profile`: where the GraphQL server spends its time on one workload.

Runs the production app in process (no uvicorn, no network) against the bench database
(seed it first with `python -m bench run`), sends the workload's bodies with a few
concurrent clients through httpx's ASGI transport, and profiles that with pyinstrument.
Writes an HTML and a text report to bench/results/.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import replace
from pathlib import Path

import httpx

from bench import database
from bench.workloads.registry import WORKLOADS
from psscript_graphql.config import Settings


async def _drive(app: object, bodies: list[dict[str, object]], requests: int, concurrency: int) -> float:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    queue: asyncio.Queue[dict[str, object]] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(bodies[i % len(bodies)])

    async def client() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            while not queue.empty():
                response = await http.post("/graphql", json=queue.get_nowait())
                response.raise_for_status()
                if b'"errors"' in response.content:
                    raise RuntimeError(response.text[:500])

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return time.perf_counter() - started


def run(workload_name: str, *, requests: int, concurrency: int, out: Path, measure_only: bool = False) -> None:
    from pyinstrument import Profiler

    from psscript_graphql.app import create_app

    workload = WORKLOADS[workload_name]
    db = database.open_server(os.environ.get("DATABASE_URL"))
    try:
        if not asyncio.run(database.database_exists(db)):
            raise SystemExit("bench: no bench database yet; run `python -m bench run` once first")

        async def main() -> None:
            import asyncpg

            conn = await asyncpg.connect(**db.asyncpg_kwargs())
            try:
                variables = await workload.variables(conn)
            finally:
                await conn.close()
            bodies = [{"query": workload.query, "variables": v} for v in variables]
            # As the bench's `graphql` server runs: no rate limits, no caches (run.GRAPHQL_ENV).
            settings = replace(
                Settings.from_env(),
                production=True,
                log_level="warning",
                database_url=db.url,
                rate_limit_per_minute=0,
                cache_enabled=False,
            )
            app = create_app(settings, db.url)
            # The lifespan runs as under uvicorn: pool warm-up, GC tuning.
            async with app.router.lifespan_context(app):
                await _drive(app, bodies, min(requests, 50), concurrency)  # warm caches and the pool
                cpu, wall = time.process_time(), time.perf_counter()
                await _drive(app, bodies, requests, concurrency)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                print(f"unprofiled: {requests} requests, {cpu * 1000 / requests:.2f} ms CPU and "
                      f"{wall * 1000 / requests:.2f} ms wall per request (client included, {concurrency} concurrent)")
                if measure_only:
                    return
                profiler = Profiler(async_mode="disabled", interval=0.0005)
                profiler.start()
                elapsed = await _drive(app, bodies, requests, concurrency)
                profiler.stop()
            print(f"{requests} requests in {elapsed:.2f} s: {requests / elapsed:.0f} req/s in one process (profiled)")
            out.mkdir(parents=True, exist_ok=True)
            (out / f"profile-{workload_name}.html").write_text(profiler.output_html())
            text = profiler.output_text(unicode=True, color=False, show_all=False) + "\n\n" + profiler.output_text(unicode=True, color=False, flat=True)
            (out / f"profile-{workload_name}.txt").write_text(text)
            print(text)

        asyncio.run(main())
    finally:
        db.stop()
