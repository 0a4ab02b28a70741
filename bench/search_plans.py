"""Search plans and latency on a large database: does each mode use its index, and how fast is it?

    psscript-graphql seed --size large && psscript-graphql reembed      # 50,000 scripts, embedded
    python -m bench.search_plans --database-url postgresql://…/psscript

For each mode and query it runs the statements `searchScripts` runs (built by
`search.service.plan_search`), once under EXPLAIN (ANALYZE, FORMAT JSON) to see which indexes
the plan uses, then `--repeats` times through the real service path (query embedding, session
settings, page statement, snippets) to time it. Writes `bench/results/search_plans.md` and
`.json`; exits 1 when a mode misses its index or a search exceeds `--budget-ms`.
Self-contained: only the application package, no other bench module.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ClauseElement, Executable

from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.core.relay import PageArgs
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.scripts.filters import script_conditions
from psscript_graphql.search import fuzzy, service
from psscript_graphql.search import statements as sql
from psscript_graphql.search.embeddings.factory import provider_for
from psscript_graphql.search.query_text import parse_query
from psscript_graphql.search.statements import Mode

INDEX_KINDS = {
    "ix_scripts_search_vector": "GIN (full text)",
    "ix_scripts_title_tsvector": "GIN (title words)",
    "ix_scripts_title_trgm": "trigram (titles)",
    "ix_tags_name_trgm": "trigram (tags)",
    "ix_search_terms_term_trgm": "trigram (vocabulary)",
    "ix_script_embeddings_embedding_hnsw": "HNSW",
}
REQUIRED = {
    Mode.TEXT: {"ix_scripts_search_vector", "ix_scripts_title_tsvector"},
    Mode.FUZZY: {"ix_search_terms_term_trgm", "ix_scripts_title_tsvector"},
    Mode.SEMANTIC: {"ix_script_embeddings_embedding_hnsw"},
    Mode.HYBRID: {
        "ix_scripts_search_vector",
        "ix_scripts_title_tsvector",
        "ix_search_terms_term_trgm",
        "ix_script_embeddings_embedding_hnsw",
    },
}
QUERIES = {
    Mode.TEXT: ["robocopy", "Get-ChildItem", "Get-ChildItem -Recurse", '"event log"', "services OR certificates", "backup -robocopy"],
    Mode.FUZZY: ["bakup", "Get-ChildItme", "servce", "inventroy", "certficate expiry", "restart servce"],
    Mode.SEMANTIC: ["delete old log files", "create accounts for new employees", "free up disk space", "restart a stopped service"],
    Mode.HYBRID: ["bakup", "remove old log files", "Get-ChildItem", "disk space report", "restart servce"],
}


class Explain(Executable, ClauseElement):
    """EXPLAIN (ANALYZE, FORMAT JSON) of a statement, with its parameters bound as usual."""

    inherit_cache = False

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement


@compiles(Explain, "postgresql")
def _compile_explain(element: Explain, compiler: Any, **kw: Any) -> str:
    return "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + compiler.process(element.statement, **kw)


def _indexes(node: dict[str, Any], found: set[str]) -> set[str]:
    if "Index Name" in node:
        found.add(node["Index Name"])
    for child in node.get("Plans", []):
        _indexes(child, found)
    return found


async def _explain(db: Database, plan: service.SearchPlan) -> tuple[set[str], float]:
    async with db.read() as session:
        await session.execute(sql.session_settings(plan.mode))
        [document] = (await session.execute(Explain(plan.page_statement), plan.params)).scalar_one()
    return _indexes(document["Plan"], set()), document["Execution Time"]


async def _search_once(db: Database, settings: Settings, viewer: Viewer, mode: Mode, query: str, page: PageArgs) -> float:
    started = time.perf_counter()
    text = parse_query(query)
    vector = await service.query_vector(provider_for(settings), text, mode)
    plan = service.plan_search(mode, text, vector, script_conditions(None, viewer), page)
    await service.run_search(db, plan, page)
    return (time.perf_counter() - started) * 1000


async def measure(database_url: str, repeats: int, first: int, budget_ms: float) -> dict[str, Any]:
    load_at_start = os.getloadavg()  # the machine is shared: numbers mean little without it
    settings = Settings(db_pool_max=2, db_pool_min=1)
    db = Database.from_settings(settings, database_url)
    viewer = Viewer(id=2, role="user")  # a regular user: public scripts and their own
    page = PageArgs.parse(first)
    gc.freeze()  # as the server does once started (app.py): full collections skip startup objects
    try:
        async with db.read() as session:
            scripts = await session.scalar(select(func.count()).select_from(models.Script))
            embedded = await session.scalar(select(func.count()).select_from(models.ScriptEmbedding))
            terms = await session.scalar(select(func.count()).select_from(models.SearchTerm))
        results = []
        for mode, queries in QUERIES.items():
            for query in queries:
                text = parse_query(query)
                vector = await service.query_vector(provider_for(settings), text, mode)
                plan = service.plan_search(mode, text, vector, script_conditions(None, viewer), page)
                await service.run_search(db, plan, page)  # warm the cache once
                indexes, plan_ms = await _explain(db, plan)
                timings = [await _search_once(db, settings, viewer, mode, query, page) for _ in range(repeats)]
                missing = sorted(REQUIRED[mode] - indexes)
                results.append(
                    {
                        "mode": mode.name,
                        "query": query,
                        "indexes": sorted(INDEX_KINDS.get(name, name) for name in indexes),
                        "missing_indexes": missing,
                        "plan_execution_ms": round(plan_ms, 2),
                        "p50_ms": round(statistics.median(timings), 2),
                        "max_ms": round(max(timings), 2),
                        "ok": not missing and max(timings) <= budget_ms,
                    }
                )
                print(f"{mode.name:8} {query!r:40} p50 {results[-1]['p50_ms']:7.2f} ms  max {results[-1]['max_ms']:7.2f} ms  "
                      f"{', '.join(results[-1]['indexes'])}{'  MISSING ' + ', '.join(missing) if missing else ''}", file=sys.stderr)
    finally:
        await db.dispose()
    return {
        "scripts": scripts,
        "embeddings": embedded,
        "vocabulary_terms": terms,
        "text_title_candidates": sql.TEXT_TITLE_CANDIDATES,
        "text_candidates": sql.TEXT_CANDIDATES,
        "fuzzy_candidates_per_correction": fuzzy.FUZZY_CANDIDATES,
        "load_average_start": [round(load, 2) for load in load_at_start],
        "load_average_end": [round(load, 2) for load in os.getloadavg()],
        "repeats": repeats,
        "page_size": first,
        "budget_ms": budget_ms,
        "viewer": "regular user",
        "results": results,
        "ok": all(result["ok"] for result in results),
    }


def _markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Search plans and latency",
        "",
        f"{report['scripts']:,} scripts, {report['embeddings']:,} embeddings, {report['vocabulary_terms']:,} vocabulary terms; "
        f"page of {report['page_size']}, "
        f"{report['repeats']} repeats per query (after one warm-up), viewer: {report['viewer']}. "
        f"Latency is the whole service path (query embedding, settings, page statement, snippets); "
        f"plan time is PostgreSQL's EXPLAIN ANALYZE execution time. Budget {report['budget_ms']:g} ms. "
        f"Candidates ranked: TEXT {report['text_title_candidates']:,} title matches + {report['text_candidates']:,} others, "
        f"FUZZY {report['fuzzy_candidates_per_correction']:,} per correction. Load average (1/5/15 min) at the start {' / '.join(map(str, report['load_average_start']))}, "
        f"at the end {' / '.join(map(str, report['load_average_end']))}.",
        "",
        "| mode | query | indexes used | plan ms | p50 ms | max ms | ok |",
        "| --- | --- | --- | ---: | ---: | ---: | --- |",
    ]
    for r in report["results"]:
        query = r["query"].replace("|", "\\|")
        lines.append(
            f"| {r['mode']} | `{query}` | {', '.join(r['indexes'])} | {r['plan_execution_ms']} | {r['p50_ms']} | "
            f"{r['max_ms']} | {'yes' if r['ok'] else 'NO'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", required=True, help="a database seeded with `seed --size large` and embedded")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--first", type=int, default=20, help="page size")
    parser.add_argument("--budget-ms", type=float, default=100.0)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = parser.parse_args(argv)
    report = asyncio.run(measure(args.database_url, args.repeats, args.first, args.budget_ms))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "search_plans.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / "search_plans.md").write_text(_markdown(report))
    print(f"wrote {args.out / 'search_plans.md'}; {'all modes within budget' if report['ok'] else 'FAILED'}", file=sys.stderr)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
