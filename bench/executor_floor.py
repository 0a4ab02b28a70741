"""`python -m bench executor`: the least a graphql-core server can spend executing the list page.

Executes the list-page query (bench/workloads/list_page.py) with graphql-core alone — our
schema (schema.graphql) without Strawberry, default resolvers, over a page already in memory:
20 scripts as plain dicts shaped like the floor's answer (3 tags each). No HTTP, no database,
no parsing or validation (the server caches those too). Whatever a server built on graphql-core
does beyond this, it cannot do less, so this CPU time per request set against the floor's whole
request (`bench run`'s floor CPU ms/req) bounds the ratio uncached execution can reach.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from graphql import build_schema, execute, parse, validate

from bench.workloads.base import global_id
from bench.workloads.list_page import PAGE_SIZE, QUERY

SCHEMA_FILE = Path(__file__).parent.parent / "schema.graphql"


def _page() -> dict[str, Any]:
    def node(i: int) -> dict[str, Any]:
        return {
            "id": global_id("Script", i), "title": f"Script {i}", "description": "Backs up the event logs.", "version": 2,
            "isPublic": True, "createdAt": "2026-01-01T00:00:00+00:00", "updatedAt": "2026-01-02T00:00:00+00:00",
            "author": {"id": global_id("User", i), "username": f"user{i}"},
            "category": {"id": global_id("Category", 1), "name": "Backup"},
            "tags": [{"id": global_id("Tag", t), "name": f"tag{t}"} for t in range(3)],
            "analysis": {"securityScore": 80, "qualityScore": 70, "riskScore": 20, "purpose": "Backs up logs."},
            "favoriteCount": 3, "commentCount": 5,
        }

    edges = [{"node": node(i)} for i in range(PAGE_SIZE)]
    return {"scripts": {"pageInfo": {"hasNextPage": True, "endCursor": "cursor"}, "edges": edges}}


def run(requests: int = 2_000) -> float:
    schema = build_schema(SCHEMA_FILE.read_text())
    document = parse(QUERY)
    errors = validate(schema, document)
    if errors:
        raise SystemExit(f"bench: the list-page query does not validate: {errors}")
    root, variables = _page(), {"first": PAGE_SIZE}
    for _ in range(min(requests, 200)):  # warm up
        execute(schema, document, root, variable_values=variables)
    started = time.process_time()
    for _ in range(requests):
        result = execute(schema, document, root, variable_values=variables)
    per_request_ms = (time.process_time() - started) * 1000 / requests
    if result.errors:
        raise SystemExit(f"bench: execution failed: {result.errors}")
    print(f"graphql-core alone, list page from memory: {per_request_ms:.2f} ms CPU per request ({requests} requests)")
    return per_request_ms
