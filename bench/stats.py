"""SQL statements per request, counted by PostgreSQL itself (pg_stat_statements).

Transaction control, pings and connection resets (BEGIN, COMMIT, ROLLBACK, the empty `;` of
SQLAlchemy's pool pre-ping, asyncpg's RESET ALL/CLOSE ALL/UNLISTEN on release) are counted
apart from the queries, because they are not the work asked for but still cost time.
"""

from __future__ import annotations

from typing import Any

import asyncpg

OWN = "%pg_stat_statements%"
COUNT_SQL = """
SELECT coalesce(sum(calls) FILTER (WHERE NOT control), 0)::bigint AS queries,
       coalesce(sum(calls) FILTER (WHERE control), 0)::bigint AS control
FROM (
    SELECT calls,
           (query ~* '^\\s*(begin|commit|rollback|start transaction|set |reset |savepoint|release|close all|unlisten|select pg_advisory_unlock_all)'
            OR btrim(query) IN ('', ';'))
             AS control
    FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE $1
) s
"""


async def available(conn: asyncpg.Connection) -> bool:
    try:
        await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        await conn.fetchval("SELECT count(*) FROM pg_stat_statements")
    except asyncpg.PostgresError:
        return False
    return True


async def reset(conn: asyncpg.Connection) -> None:
    await conn.execute("SELECT pg_stat_statements_reset()")


async def counts(conn: asyncpg.Connection) -> dict[str, Any]:
    row = await conn.fetchrow(COUNT_SQL, OWN)
    return {"queries": row["queries"], "control": row["control"]}
