"""(6) The live site: clients browsing list pages and script pages, half of them signed in,
while 5% of requests write (comments, favorites, recorded runs) — the mix is in
`live_site_bodies`. Caches on as production runs: each server has the response, row and list
caches on in its own Redis, and every write bumps the cache generation, so a cached page lives
only until the next write anywhere. That is the number a deployment gets.

Two servers, measured in the same run with the same bodies: **compiled** (`COMPILED_READS=true`,
the default) and **resolvers** (`COMPILED_READS=false`). Per cell: wrk's throughput and latency,
server CPU per request (Redis's included), the response cache's hit rate and the share of executed
reads compiled SQL answered (`psscript_cache_hits_total` / `psscript_cache_misses_total` with `cache="response"` and
`psscript_compiled_reads_total` from each server's /metrics, before and after the cell; the
workers share a PROMETHEUS_MULTIPROC_DIR so any worker's scrape counts all of them).

Before measuring, both servers answer every read body with equal JSON (`extensions` aside) and
every write without errors. No floor: there is no hand-written SQL equivalent of a site with
caches, sessions and writes; the comparison is the server against itself with compiled reads off.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from prometheus_client.parser import text_string_to_metric_families

from bench import wrk
from bench.servers import GRAPHQL_APP, Server, free_port
from bench.workloads import live_site_bodies
from bench.workloads.base import DriverContext, Workload
from tests.support.redis_server import RedisForTests

SIDES = {"compiled": "true", "resolvers": "false"}  # side → COMPILED_READS
# The bench signs its users in from one address: a burst big enough for all of them at setup.
SIGNIN_ENV = {"SIGNIN_RATE_BURST": str(4 * live_site_bodies.SIGNED_IN_USERS)}


def counters(metrics_text: str) -> dict[str, float]:
    """Response-cache hits and misses and compiled answers, summed over labels, from /metrics."""
    found = {"hits": 0.0, "misses": 0.0, "compiled": 0.0}
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name == "psscript_cache_hits_total" and sample.labels.get("cache") == "response":
                found["hits"] += sample.value
            elif sample.name == "psscript_cache_misses_total" and sample.labels.get("cache") == "response":
                found["misses"] += sample.value
            elif sample.name == "psscript_compiled_reads_total":
                found["compiled"] += sample.value
    return found


def _scrape(server: Server) -> dict[str, float]:
    response = httpx.get(f"{server.base_url}/metrics", timeout=30)
    response.raise_for_status()
    return counters(response.text)


def cell_counts(before: dict[str, float], after: dict[str, float]) -> dict[str, Any]:
    """What a cell did: the response cache's hit rate, and the share of executed reads (cache
    misses) compiled SQL answered. Both are ratios of server counters, not of wrk's request count:
    requests still in flight when wrk stops are answered (and counted) after it."""
    hits, misses = after["hits"] - before["hits"], after["misses"] - before["misses"]
    compiled = after["compiled"] - before["compiled"]
    return {
        "cache_hits": hits, "cache_misses": misses, "compiled_answers": compiled,
        "cache_hit_rate": hits / (hits + misses) if hits + misses else None,
        "compiled_share": compiled / misses if misses else None,
    }


def _verify(bodies: list[dict[str, Any]], servers: dict[str, Server], out: Path) -> None:
    """Both servers answer each read alike, and each write without errors. A write goes to both:
    each server's cache generation is its own Redis's, and the next read must not be stale on either."""
    from bench.run import _post, _unique

    with httpx.Client(timeout=30) as client:
        for counter, template in enumerate(bodies):
            body = _unique(template, 3_000_000 + counter)
            answers = [_post(client, f"{server.base_url}/graphql", body) for server in servers.values()]
            for answer in answers:
                answer.pop("extensions", None)
                payload_errors = [v.get("errors") for v in (answer.get("data") or {}).values() if isinstance(v, dict)]
                if "errors" in answer or any(payload_errors):
                    raise SystemExit(f"bench: live_site: {body.get('operationName', 'a read')} answered with errors: {answer}")
            if "operationName" not in body and answers[0] != answers[1]:
                dump = out / "mismatch-live_site.json"
                dump.write_text(json.dumps({"body": body, **dict(zip(servers, answers, strict=True))}, indent=1))
                raise SystemExit(f"bench: live_site: compiled and resolver answers differ; both written to {dump}")


def _start(side: str, compiled_reads: str, context: DriverContext, out: Path) -> tuple[Server, RedisForTests]:
    from bench.run import CACHED_ENV

    opts = context.options
    redis = RedisForTests(out / f"redis-live-{side}")
    redis.start()
    metrics_dir = out / f"metrics-live-{side}"
    shutil.rmtree(metrics_dir, ignore_errors=True)  # must be empty when the server starts
    metrics_dir.mkdir(parents=True)
    server = Server(f"live-{side}", GRAPHQL_APP, free_port(), helper_pids=[redis.pid])  # type: ignore[list-item]
    server.start(database_url=context.database.url, workers=opts.workers, pool_max=opts.pool_max,
                 extra_env={**CACHED_ENV, **SIGNIN_ENV, "REDIS_URL": redis.url, "COMPILED_READS": compiled_reads,
                            "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)})
    return server, redis


async def _variables(context: DriverContext, graphql_url: str) -> list[dict[str, Any]]:
    conn = await asyncpg.connect(**context.database.asyncpg_kwargs())
    try:
        return await live_site_bodies.variables(conn, graphql_url)
    finally:
        await conn.close()


def _fresh_generation(server: Server, bodies: list[dict[str, Any]], counter: int) -> None:
    """One write before a cell: the other server's writes changed the data without bumping this
    server's cache generation (its own Redis), so what it cached before must not be hit now."""
    from bench.run import _post, _unique

    write = next(body for body in bodies if "operationName" in body)
    with httpx.Client(timeout=30) as client:
        _post(client, f"{server.base_url}/graphql", _unique(write, counter))


def _measure(server: Server, bodies_file: Path, connections: int, duration_s: int) -> dict[str, Any]:
    before, cpu_before = _scrape(server), server.cpu_seconds()
    result = wrk.run(f"{server.base_url}/graphql", bodies_file, connections=connections, duration_s=duration_s)
    after, cpu_after = _scrape(server), server.cpu_seconds()
    if cpu_before is not None and cpu_after is not None and result["requests"]:
        result["server_cpu_ms_per_request"] = (cpu_after - cpu_before) * 1000 / result["requests"]
    return {**result, **cell_counts(before, after)}


def drive(context: DriverContext) -> dict[str, Any]:
    from bench.run import _bodies

    opts = context.options
    servers: dict[str, Server] = {}
    redises: list[RedisForTests] = []
    try:
        for side, compiled_reads in SIDES.items():
            servers[side], redis = _start(side, compiled_reads, context, opts.out)
            redises.append(redis)
        bodies = _bodies(WORKLOAD, asyncio.run(_variables(context, servers["compiled"].base_url)))
        _verify(bodies, servers, opts.out)
        bodies_file = wrk.write_bodies(opts.out / "bodies-live_site.jsonl", bodies)
        for server in servers.values():
            wrk.run(f"{server.base_url}/graphql", bodies_file, connections=10, duration_s=opts.warmup)
        runs = []
        for connections in opts.concurrency:
            row: dict[str, Any] = {"connections": connections}
            for side, server in servers.items():
                _fresh_generation(server, bodies, 4_000_000 + len(runs) * len(servers) + len(row))
                row[side] = _measure(server, bodies_file, connections, opts.duration)
            runs.append(row)
    finally:
        for server in servers.values():
            server.stop()
        for redis in redises:
            redis.stop()
    return {"kind": "live_site", "variable_sets": len(bodies), "runs": [],
            "live_site": {"mix": mix_summary(bodies), "runs": runs}}


def mix_summary(bodies: list[dict[str, Any]]) -> dict[str, Any]:
    """The proportions of a body set, for the report and the unit test."""
    writes = [b for b in bodies if "operationName" in b]
    lists = [b for b in bodies if b["query"] == live_site_bodies.LIST]
    return {
        "bodies": len(bodies),
        "writes": len(writes) / len(bodies),
        "signed_in": sum("token" in b for b in bodies) / len(bodies),
        "list_pages": len(lists) / len(bodies),
        "script_pages": sum(b["query"] == live_site_bodies.DETAIL for b in bodies) / len(bodies),
        "orderings": sorted({b["variables"]["orderBy"]["field"] for b in lists}),
        "tag_filtered": sum(b["variables"]["filter"] is not None for b in lists) / max(1, len(lists)),
        "pages_per_list": max(map(len, _pages_by_list(lists).values()), default=0),
    }


def _pages_by_list(lists: list[dict[str, Any]]) -> dict[str, set[str | None]]:
    """Each list (ordering and filter) → the distinct `after` cursors read of it."""
    pages: dict[str, set[str | None]] = {}
    for body in lists:
        key = json.dumps([body["variables"]["orderBy"], body["variables"]["filter"]])
        pages.setdefault(key, set()).add(body["variables"]["after"])
    return pages


async def _driven(conn: asyncpg.Connection) -> list[dict[str, Any]]:
    return []  # the driver builds its bodies itself (it signs users in on its own servers)


WORKLOAD = Workload(
    name="live_site",
    title="live site: list pages 1–10 (2 orderings, a tag filter) and script pages, half signed in, 5% writes; "
          "caches on; compiled reads on vs off",
    query=live_site_bodies.LIST,
    variables=_driven,
    floor=None,
    floor_note="no floor: a site with caches, sessions and writes has no hand-written SQL equivalent; "
               "compared with itself with COMPILED_READS=false",
    driver=drive,
)
