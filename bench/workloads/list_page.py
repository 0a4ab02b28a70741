"""(1) The frontend's script list: a page of 20 scripts with author, category, tags, analysis
summary, favorite and comment counts, and the next-page cursor. Anonymous viewer (public,
not deleted scripts), newest first; the variable sets are pages 1–10.

No `totalCount`: counting the ~39,000 visible scripts is a sequential scan of the scripts
table (~29 ms in PostgreSQL on the bench machine, for the floor as much as for GraphQL), which
would measure PostgreSQL rather than the server; "next page" needs only `hasNextPage`."""

from __future__ import annotations

from typing import Any

import asyncpg
import orjson

from bench.workloads.base import Workload, global_id, iso, user
from psscript_graphql.core.relay import decode_cursor, encode_cursor
from psscript_graphql.scripts.filters import script_ordering

# The root list's default ordering (newest first); its cursors name it.
NEWEST_SCRIPTS = script_ordering(None)

PAGE_SIZE = 20
PAGES = 10

QUERY = """
query ScriptList($first: Int!, $after: String) {
  scripts(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id title description version isPublic createdAt updatedAt
        author { id username }
        category { id name }
        tags { id name }
        analysis { securityScore qualityScore riskScore purpose }
        favoriteCount
        commentCount
      }
    }
  }
}
"""

PAGE_SQL = """
WITH page AS (
    SELECT s.id, s.title, s.description, s.version, s.is_public, s.created_at, s.updated_at,
           s.author_id, s.category_id
    FROM scripts s
    WHERE s.deleted_at IS NULL AND s.is_public
      AND ($1::timestamptz IS NULL OR (s.created_at, s.id) < ($1::timestamptz, $2::bigint))
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT $3
)
SELECT p.*, u.username, c.name AS category_name,
       (SELECT json_agg(json_build_array(t.id, t.name) ORDER BY t.name)
          FROM script_tags st JOIN tags t ON t.id = st.tag_id WHERE st.script_id = p.id) AS tags,
       a.script_id IS NOT NULL AS analysed, a.security_score, a.quality_score, a.risk_score, a.purpose,
       (SELECT count(*) FROM user_favorites f WHERE f.script_id = p.id) AS favorite_count,
       (SELECT count(*) FROM comments m WHERE m.script_id = p.id) AS comment_count
FROM page p
JOIN users u ON u.id = p.author_id
LEFT JOIN categories c ON c.id = p.category_id
LEFT JOIN script_analysis a ON a.script_id = p.id
ORDER BY p.created_at DESC, p.id DESC
"""


def _node(row: asyncpg.Record) -> dict[str, Any]:
    analysis = None
    if row["analysed"]:
        analysis = {
            "securityScore": row["security_score"],
            "qualityScore": row["quality_score"],
            "riskScore": row["risk_score"],
            "purpose": row["purpose"],
        }
    category_id = row["category_id"]
    return {
        "id": global_id("Script", row["id"]),
        "title": row["title"],
        "description": row["description"],
        "version": row["version"],
        "isPublic": row["is_public"],
        "createdAt": iso(row["created_at"]),
        "updatedAt": iso(row["updated_at"]),
        "author": user(row["author_id"], row["username"]),
        "category": None if category_id is None else {"id": global_id("Category", category_id), "name": row["category_name"]},
        "tags": [{"id": global_id("Tag", i), "name": n} for i, n in orjson.loads(row["tags"] or "[]")],
        "analysis": analysis,
        "favoriteCount": row["favorite_count"],
        "commentCount": row["comment_count"],
    }


async def floor(conn: asyncpg.Connection, variables: dict[str, Any]) -> dict[str, Any]:
    first = variables["first"]
    after = variables.get("after")
    created_at, id_ = decode_cursor(NEWEST_SCRIPTS, after) if after else (None, None)
    rows = await conn.fetch(PAGE_SQL, created_at, id_, first + 1)
    page = rows[:first]
    end = encode_cursor(NEWEST_SCRIPTS, (page[-1]["created_at"], page[-1]["id"])) if page else None
    return {
        "data": {
            "scripts": {
                "pageInfo": {"hasNextPage": len(rows) > first, "endCursor": end},
                "edges": [{"node": _node(row)} for row in page],
            }
        }
    }


async def variables(conn: asyncpg.Connection) -> list[dict[str, Any]]:
    """Pages 1..PAGES of the anonymous newest-first list (cursors of each page's last row)."""
    rows = await conn.fetch(
        "SELECT id, created_at FROM scripts WHERE deleted_at IS NULL AND is_public "
        "ORDER BY created_at DESC, id DESC LIMIT $1",
        PAGE_SIZE * PAGES,
    )
    result: list[dict[str, Any]] = [{"first": PAGE_SIZE, "after": None}]
    for page in range(1, min(PAGES, len(rows) // PAGE_SIZE)):  # a small dataset has fewer pages
        last = rows[page * PAGE_SIZE - 1]
        result.append({"first": PAGE_SIZE, "after": encode_cursor(NEWEST_SCRIPTS, (last["created_at"], last["id"]))})
    return result


WORKLOAD = Workload(
    name="list_page",
    title="script list page (20 scripts, author, category, tags, analysis summary, counts)",
    query=QUERY,
    variables=variables,
    floor=floor,
)
