"""`python -m bench run`: fresh database → seed → both servers → verify → count → measure → report."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import platform
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from bench import database, report, stats, wrk
from bench.servers import FLOOR_APP, GRAPHQL_APP, Server, free_port
from bench.workloads.base import Workload
from bench.workloads.registry import WORKLOADS
from psscript_graphql.seed.demo import SIZES

log = logging.getLogger("bench")
RESULTS = Path(__file__).parent / "results"
PAGE_SIZES = (1, 20, 100)


@dataclass
class Options:
    size: str
    seed: int
    reuse: bool
    workloads: list[str]
    concurrency: list[int]
    duration: int
    warmup: int
    workers: int
    pool_max: int
    out: Path


def _bodies(workload: Workload, variables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"query": workload.query, "variables": v} for v in variables]


def _post(client: httpx.Client, url: str, body: dict[str, Any]) -> Any:
    response = client.post(url, json=body)
    response.raise_for_status()
    return response.json()


def verify(workload: Workload, bodies: list[dict[str, Any]], graphql: Server, floor: Server) -> None:
    """Both servers answer every body with equal JSON (and GraphQL without errors)."""
    with httpx.Client(timeout=30) as client:
        for body in bodies:
            expected = _post(client, f"{graphql.base_url}/graphql", body)
            if "errors" in expected:
                raise SystemExit(f"bench: {workload.name}: GraphQL answered with errors: {expected['errors']}")
            if workload.floor is None:
                continue
            actual = _post(client, f"{floor.base_url}/floor/{workload.name}", body)
            if actual != expected:
                dump = RESULTS / f"mismatch-{workload.name}.json"
                dump.write_text(json.dumps({"body": body, "graphql": expected, "floor": actual}, indent=1))
                raise SystemExit(f"bench: {workload.name}: floor and GraphQL answers differ; both written to {dump}")


async def statements_per_request(db: database.BenchDatabase, url: str, bodies: list[dict[str, Any]]) -> dict[str, float]:
    """Send each body once, sequentially, and count what pg_stat_statements saw for each.

    `queries`/`control` are means over the bodies; `max_queries` is the most any one body took
    (bodies differ in data: a script without a category skips the category batch).
    """
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    per_body = []
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            for body in bodies:
                await stats.reset(conn)
                (await client.post(url, json=body)).raise_for_status()
                per_body.append(await stats.counts(conn))
    finally:
        await conn.close()
    return {
        "queries": sum(c["queries"] for c in per_body) / len(per_body),
        "control": sum(c["control"] for c in per_body) / len(per_body),
        "max_queries": max(c["queries"] for c in per_body),
    }


async def prepare(db: database.BenchDatabase, opts: Options) -> dict[str, Any]:
    if opts.reuse and await database.database_exists(db):
        scripts = (await dataset(db)).get("scripts")
        if scripts == SIZES[opts.size].scripts:
            log.info("reusing the seeded database %s", database.BENCH_DATABASE)
            return {"reused": True}
        log.info("the database to reuse has %s scripts, not a %s dataset: seeding afresh", scripts, opts.size)
    log.info("creating a fresh database and seeding size=%s seed=%d", opts.size, opts.seed)
    await database.recreate_database(db)
    timings = await database.seed(db, size=opts.size, seed_value=opts.seed)
    return {"reused": False, "timings_s": timings}


async def dataset(db: database.BenchDatabase) -> dict[str, int]:
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        if not await conn.fetchval("SELECT to_regclass('scripts') IS NOT NULL"):
            return {}
        names = ("users", "scripts", "script_versions", "script_tags", "comments", "user_favorites",
                 "script_analysis", "script_embeddings", "script_dependencies")
        return {name: await conn.fetchval(f"SELECT count(*) FROM {name}") for name in names}
    finally:
        await conn.close()


async def variables_for(db: database.BenchDatabase, workload: Workload) -> list[dict[str, Any]]:
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        return await workload.variables(conn)
    finally:
        await conn.close()


async def stats_available(db: database.BenchDatabase) -> bool:
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        return await stats.available(conn)
    finally:
        await conn.close()


def _git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run(opts: Options) -> Path:
    wrk.require_wrk()
    opts.out.mkdir(parents=True, exist_ok=True)
    db = database.open_server(os.environ.get("DATABASE_URL"))
    graphql = Server("graphql", GRAPHQL_APP, free_port())
    floor = Server("floor", FLOOR_APP, free_port())
    started = time.time()
    try:
        setup = asyncio.run(prepare(db, opts))
        setup["dataset"] = asyncio.run(dataset(db))
        counting = asyncio.run(stats_available(db))
        for server in (graphql, floor):
            server.start(database_url=db.url, workers=opts.workers, pool_max=opts.pool_max)
        results: dict[str, Any] = {
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "commit": _git_commit(),
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
            "settings": {"workers": opts.workers, "db_pool_max": opts.pool_max, "duration_s": opts.duration,
                         "warmup_s": opts.warmup, "concurrency": opts.concurrency, "size": opts.size, "seed": opts.seed},
            "setup": setup,
            "workloads": {},
        }
        for name in opts.workloads:
            results["workloads"][name] = measure(WORKLOADS[name], db, graphql, floor, opts, counting)
        results["elapsed_s"] = round(time.time() - started, 1)
    finally:
        for server in (graphql, floor):
            server.stop()
        db.stop()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    json_path = opts.out / f"bench-{stamp}.json"
    json_path.write_text(json.dumps(results, indent=2))
    markdown = report.markdown(results)
    md_path = json_path.with_suffix(".md")
    md_path.write_text(markdown)
    print(markdown)
    print(f"written: {json_path} and {md_path}")
    return json_path


def measure(workload: Workload, db: database.BenchDatabase, graphql: Server, floor: Server, opts: Options,
            counting: bool) -> dict[str, Any]:
    variables = asyncio.run(variables_for(db, workload))
    bodies = _bodies(workload, variables)
    log.info("%s: verifying %d request bodies against the floor", workload.name, len(bodies))
    verify(workload, bodies, graphql, floor)
    targets = {"graphql": f"{graphql.base_url}/graphql"}
    servers = {"graphql": graphql, "floor": floor}
    if workload.floor is not None:
        targets["floor"] = f"{floor.base_url}/floor/{workload.name}"
    entry: dict[str, Any] = {"title": workload.title, "variable_sets": len(bodies), "verified_equal": workload.floor is not None}
    if counting:
        entry["statements"] = {side: asyncio.run(statements_per_request(db, url, bodies)) for side, url in targets.items()}
        if "first" in variables[0]:
            entry["statements_by_page_size"] = {
                str(size): asyncio.run(statements_per_request(
                    db, targets["graphql"], _bodies(workload, [{**v, "first": size} for v in variables])
                ))["max_queries"]
                for size in PAGE_SIZES
            }
    bodies_file = wrk.write_bodies(opts.out / f"bodies-{workload.name}.jsonl", bodies)
    for url in targets.values():
        wrk.run(url, bodies_file, connections=10, duration_s=opts.warmup)
    entry["runs"] = []
    for connections in opts.concurrency:
        row: dict[str, Any] = {"connections": connections}
        for side, url in targets.items():
            log.info("%s: %s at %d connections for %ds", workload.name, side, connections, opts.duration)
            cpu_before = servers[side].cpu_seconds()
            row[side] = wrk.run(url, bodies_file, connections=connections, duration_s=opts.duration)
            cpu_after = servers[side].cpu_seconds()
            if cpu_before is not None and cpu_after is not None and row[side]["requests"]:
                row[side]["server_cpu_ms_per_request"] = (cpu_after - cpu_before) * 1000 / row[side]["requests"]
        entry["runs"].append(row)
    return entry


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def sizes() -> list[str]:
    return list(SIZES)
