"""The live site's request bodies: browsing sessions over list pages, script pages, and a few writes.

The mix (`mix`), per cycle of CYCLE requests: CYCLE − 1 reads alternating list page / script
page, then one write (5%). Nine reads of each cycle carry a signed-in user's bearer token and so
does the write: half of all requests are signed in. Lists are browsing sessions: for each list
(CREATED_AT newest first, TITLE A–Z, each with and without a `tagsAny` filter) a session reads
pages 1..depth following `after` cursors, depth = 1..10 — page p is read (11 − p) times as often
as page 1 is read once per depth. Writes rotate addComment, favoriteScript, recordExecution,
unfavoriteScript (the same user and script as the favorite before it, so stars do not pile up);
`__N__` makes each comment unique per request.

Cursors are computed from the seeded data the way the server encodes them (`encode_cursor` of the
ordering the server uses); signed-in users are seeded users logged in with the demo password.
"""

from __future__ import annotations

from typing import Any

import asyncpg
import httpx

from bench.workloads.base import global_id
from psscript_graphql.core.relay import encode_cursor
from psscript_graphql.scripts.filters import OrderDirection, ScriptOrder, ScriptOrderField, script_ordering
from psscript_graphql.seed.demo import DEMO_PASSWORD

CYCLE = 20  # requests per cycle: one of them a write
SIGNED_IN_READS = frozenset({2, 3, 6, 7, 10, 11, 14, 15, 18})  # read positions of a cycle (9 of 19: 5 lists, 4 pages)
PAGE_SIZE, PAGES = 20, 10
SIGNED_IN_USERS = 10
FILTER_TAGS = 2  # the most used tags, for `tagsAny`
ORDERS = {
    "CREATED_AT": ScriptOrder(field=ScriptOrderField.CREATED_AT, direction=OrderDirection.DESC),
    "TITLE": ScriptOrder(field=ScriptOrderField.TITLE, direction=OrderDirection.ASC),
}
ORDER_SQL = {"CREATED_AT": "s.created_at DESC, s.id DESC", "TITLE": "s.title ASC, s.id ASC"}
ORDER_KEY = {"CREATED_AT": "created_at", "TITLE": "title"}
WRITES = ("AddComment", "FavoriteScript", "RecordExecution", "UnfavoriteScript")

SCRIPT_CARD = """
id title description version isPublic createdAt updatedAt
author { id username }
category { id name }
tags { id name }
analysis { securityScore qualityScore riskScore purpose }
favoriteCount
commentCount
"""
LIST = f"""
query LiveList($first: Int!, $after: String, $orderBy: ScriptOrder, $filter: ScriptFilter) {{
  scripts(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {{
    pageInfo {{ hasNextPage endCursor }}
    edges {{ node {{ {SCRIPT_CARD} }} }}
  }}
}}
"""
# The script page, lighter than detail_page's: no full analysis, fewer versions and comments.
DETAIL = f"""
query LiveScript($id: ID!) {{
  script(id: $id) {{
    {SCRIPT_CARD}
    content executionCount
    versions(first: 5) {{ totalCount edges {{ node {{ id version commitMessage createdAt author {{ id username }} }} }} }}
    comments(first: 10) {{
      totalCount
      pageInfo {{ hasNextPage endCursor }}
      edges {{ node {{ id content createdAt author {{ id username }} }} }}
    }}
  }}
}}
"""
ERRORS = "errors { code field message }"
MUTATIONS = {
    "AddComment": f"""mutation AddComment($scriptId: ID!, $content: String!) {{
  addComment(scriptId: $scriptId, content: $content) {{ {ERRORS} comment {{ id content createdAt author {{ id username }} }} }}
}}""",
    "FavoriteScript": f"""mutation FavoriteScript($scriptId: ID!) {{
  favoriteScript(scriptId: $scriptId) {{ {ERRORS} script {{ id favoriteCount }} }}
}}""",
    "UnfavoriteScript": f"""mutation UnfavoriteScript($scriptId: ID!) {{
  unfavoriteScript(scriptId: $scriptId) {{ {ERRORS} script {{ id favoriteCount }} }}
}}""",
    "RecordExecution": f"""mutation RecordExecution($scriptId: ID!, $ms: Float!) {{
  recordExecution(input: {{scriptId: $scriptId, status: SUCCESS, executionTimeMs: $ms}}) {{
    {ERRORS} script {{ id executionCount }}
  }}
}}""",
}
LOGIN = """
mutation ($name: String!, $password: String!) {
  login(usernameOrEmail: $name, password: $password) { errors { code message } token }
}
"""


def browsing_sessions(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sessions over one list's pages (page 1 first): pages 1..depth for every depth."""
    return [pages[page] for depth in range(1, len(pages) + 1) for page in range(depth)]


def _write(n: int, scripts: list[str], tokens: list[str]) -> dict[str, Any]:
    operation = WRITES[n % len(WRITES)]
    pair = n // len(WRITES)  # a favorite and the unfavorite after it share user and script
    variables: dict[str, Any] = {"scriptId": scripts[(pair * 7) % len(scripts)]}
    if operation == "AddComment":
        variables["content"] = "Thanks, this helped (__N__)"
    elif operation == "RecordExecution":
        variables["ms"] = 850.0
    return {"__query": MUTATIONS[operation], "__operation": operation, "__token": tokens[pair % len(tokens)], **variables}


def mix(lists: list[list[dict[str, Any]]], scripts: list[str], tokens: list[str]) -> list[dict[str, Any]]:
    """Variable sets in the bench's convention (`__query`, `__operation`, `__token`): every list
    session at least once, script pages rotated through `scripts` in the slots between; whole
    rounds of writes, so every favorite has its unfavorite. `lists`: each list's pages in order (page 1's
    `after` is None); `scripts`: script global IDs; `tokens`: bearer tokens of signed-in users."""
    if not (lists and scripts and tokens):
        raise ValueError("the live site needs list pages, scripts and signed-in users")
    list_bodies = [{"__query": LIST, **page} for pages in lists for page in browsing_sessions(pages)]
    list_slots = (CYCLE - 1 + 1) // 2  # even read positions
    cycles = -(-len(list_bodies) // list_slots)
    cycles += -cycles % len(WRITES)
    bodies: list[dict[str, Any]] = []
    lists_sent = pages_sent = signed_in = 0
    for cycle in range(cycles):
        for position in range(CYCLE - 1):
            if position % 2 == 0:
                body = dict(list_bodies[lists_sent % len(list_bodies)])
                lists_sent += 1
            else:
                body = {"__query": DETAIL, "id": scripts[pages_sent % len(scripts)]}
                pages_sent += 1
            if position in SIGNED_IN_READS:
                body["__token"] = tokens[signed_in % len(tokens)]
                signed_in += 1
            bodies.append(body)
        bodies.append(_write(cycle, scripts, tokens))
    return bodies


async def _list_pages(conn: asyncpg.Connection, order: str, tags: list[str] | None) -> list[dict[str, Any]]:
    """Pages 1..PAGES of one list as the anonymous viewer sees it: each page's `after` is the
    cursor of the previous page's last row (a small dataset has fewer pages)."""
    key = ORDER_KEY[order]
    rows = await conn.fetch(
        f"SELECT s.id, s.{key} AS key FROM scripts s WHERE s.deleted_at IS NULL AND s.is_public "
        "AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM script_tags st JOIN tags t ON t.id = st.tag_id "
        f"WHERE st.script_id = s.id AND t.name = ANY($2::text[]))) ORDER BY {ORDER_SQL[order]} LIMIT $1",
        PAGE_SIZE * PAGES, tags,
    )
    ordering = script_ordering(ORDERS[order])
    order_by = {"field": order, "direction": ORDERS[order].direction.name}
    base: dict[str, Any] = {"first": PAGE_SIZE, "orderBy": order_by, "filter": {"tagsAny": tags} if tags else None}
    pages = [{**base, "after": None}]
    for page in range(1, min(PAGES, -(-len(rows) // PAGE_SIZE))):
        last = rows[page * PAGE_SIZE - 1]
        pages.append({**base, "after": encode_cursor(ordering, (last["key"], last["id"]))})
    return pages


async def _sign_in(graphql_url: str, names: list[str]) -> list[str]:
    tokens = []
    async with httpx.AsyncClient(timeout=60) as client:
        for name in names:
            answer = (await client.post(f"{graphql_url}/graphql", json={
                "query": LOGIN, "variables": {"name": name, "password": DEMO_PASSWORD}})).json()
            token = (answer.get("data") or {}).get("login", {}).get("token")
            if not token:
                raise SystemExit(f"bench: live_site cannot sign in seeded user {name}: {answer}")
            tokens.append(token)
    return tokens


async def variables(conn: asyncpg.Connection, graphql_url: str) -> list[dict[str, Any]]:
    """The mix over the seeded data; signs seeded users in over HTTP at `graphql_url`."""
    tags = [row["name"] for row in await conn.fetch(
        "SELECT t.name FROM tags t JOIN script_tags st ON st.tag_id = t.id GROUP BY t.name "
        "ORDER BY count(*) DESC, t.name LIMIT $1", FILTER_TAGS)]
    lists = [await _list_pages(conn, order, filtered) for order in ORDERS for filtered in (None, tags)]
    scripts = [global_id("Script", row["id"]) for row in await conn.fetch(
        "SELECT id FROM scripts WHERE is_public AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT 200")]
    users = [row["username"] for row in await conn.fetch(
        "SELECT username FROM users WHERE role = 'user' ORDER BY id LIMIT $1", SIGNED_IN_USERS)]
    return mix(lists, scripts, await _sign_in(graphql_url, users))
