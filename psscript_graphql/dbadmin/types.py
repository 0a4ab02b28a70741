"""GraphQL types of database administration; every field is for administrators only.

Byte sizes and counters are Float: GraphQL's Int has 32 bits and a table passes 2 GiB easily.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from psscript_graphql.context import Info
from psscript_graphql.core.errors import bad_input
from psscript_graphql.core.permissions import IsAdmin
from psscript_graphql.dbadmin import service

ADMIN = [IsAdmin]


@strawberry.type(description="A connection pool of this API process.")
class PoolStats:
    name: str = strawberry.field(description="`primary`, or `read` for the DATABASE_READ_URL replica.")
    size: int = strawberry.field(description="Connections the pool may hold (DB_POOL_MAX).")
    in_use: int = strawberry.field(description="Connections checked out by requests right now.")
    idle: int = strawberry.field(description="Open connections waiting in the pool.")
    overflow: int = strawberry.field(description="Connections beyond `size` (0: the pool does not overflow).")


@strawberry.type(description="Size and vacuum state of one of our tables.")
class TableStats:
    name: str = strawberry.field(description="Table name.")
    total_bytes: float = strawberry.field(description="Table, indexes and TOAST together, in bytes.")
    table_bytes: float = strawberry.field(description="The table's main data, in bytes.")
    index_bytes: float = strawberry.field(description="All of the table's indexes, in bytes.")
    live_tuples: float = strawberry.field(description="Estimated live rows.")
    dead_tuples: float = strawberry.field(description="Estimated dead rows waiting for VACUUM.")
    dead_tuple_ratio: float | None = strawberry.field(description="dead / (live + dead); null for an empty table.")
    last_vacuum: datetime | None = strawberry.field(description="Last manual VACUUM.")
    last_autovacuum: datetime | None = strawberry.field(description="Last VACUUM by autovacuum.")
    last_analyze: datetime | None = strawberry.field(description="Last manual ANALYZE.")
    last_autoanalyze: datetime | None = strawberry.field(description="Last ANALYZE by autovacuum.")

    @classmethod
    def from_stats(cls, stats: service.TableStats) -> TableStats:
        return cls(
            name=stats.name,
            total_bytes=stats.total_bytes,
            table_bytes=stats.table_bytes,
            index_bytes=stats.index_bytes,
            live_tuples=stats.live_tuples,
            dead_tuples=stats.dead_tuples,
            dead_tuple_ratio=stats.dead_tuple_ratio,
            last_vacuum=stats.last_vacuum,
            last_autovacuum=stats.last_autovacuum,
            last_analyze=stats.last_analyze,
            last_autoanalyze=stats.last_autoanalyze,
        )


@strawberry.type(description="How often an index was used since statistics were last reset.")
class IndexStats:
    table: str = strawberry.field(description="Table the index belongs to.")
    name: str = strawberry.field(description="Index name.")
    scans: float = strawberry.field(description="Index scans started.")
    size_bytes: float = strawberry.field(description="Size on disk, in bytes.")
    is_unique: bool = strawberry.field(description="Enforces uniqueness (so it is needed even when never scanned).")
    is_primary: bool = strawberry.field(description="The primary key's index.")
    unused: bool = strawberry.field(description="Never scanned and enforcing no constraint: a candidate to drop.")


@strawberry.type(description="Share of block reads served from PostgreSQL's buffer cache (0–1; null before any read).")
class CacheHitRatio:
    database: float | None = strawberry.field(description="Every block read of this database.")
    tables: float | None = strawberry.field(description="Heap blocks of our tables.")
    indexes: float | None = strawberry.field(description="Index blocks of our tables.")


@strawberry.type(description="One normalised statement from pg_stat_statements (parameters appear as $1, $2 …).")
class StatementStats:
    query: str = strawberry.field(description="Statement text with parameter markers instead of values.")
    calls: float = strawberry.field(description="Times executed.")
    total_time_ms: float = strawberry.field(description="Execution time summed over all calls, in milliseconds.")
    mean_time_ms: float = strawberry.field(description="Mean execution time per call, in milliseconds.")
    rows: float = strawberry.field(description="Rows returned or affected, summed.")


@strawberry.type(description="The most expensive statements, when the pg_stat_statements extension is available.")
class TopStatements:
    available: bool = strawberry.field(description="False when pg_stat_statements is not installed or not loaded.")
    reason: str | None = strawberry.field(description="Why the statements are not available, and how to enable them.")
    statements: list[StatementStats] = strawberry.field(description="By total execution time, most first; empty when unavailable.")


@strawberry.type(description="Database statistics for administrators.")
class DatabaseAdmin:
    @strawberry.field(permission_classes=ADMIN, description="Connection pools of the API process answering this request.")
    def pools(self, info: Info) -> list[PoolStats]:
        return [PoolStats(**vars(pool)) for pool in service.pool_stats(info.context.db)]

    @strawberry.field(permission_classes=ADMIN, description="Our tables, largest first.")
    async def tables(self, info: Info) -> list[TableStats]:
        return [TableStats.from_stats(stats) for stats in await service.table_stats(info.context.db)]

    @strawberry.field(permission_classes=ADMIN, description="Indexes of our tables by table and name; `unusedOnly` keeps drop candidates.")
    async def indexes(self, info: Info, unused_only: bool = False) -> list[IndexStats]:
        found = await service.index_stats(info.context.db)
        return [
            IndexStats(
                table=index.table,
                name=index.name,
                scans=index.scans,
                size_bytes=index.size_bytes,
                is_unique=index.is_unique,
                is_primary=index.is_primary,
                unused=index.unused,
            )
            for index in found
            if index.unused or not unused_only
        ]

    @strawberry.field(permission_classes=ADMIN, description="Buffer cache hit ratios.")
    async def cache_hit_ratio(self, info: Info) -> CacheHitRatio:
        return CacheHitRatio(**vars(await service.cache_hit_ratio(info.context.db)))

    @strawberry.field(
        permission_classes=ADMIN,
        description=f"The `limit` (1–{service.MAX_TOP_STATEMENTS}) statements with the most total time, from pg_stat_statements.",
    )
    async def top_statements(self, info: Info, limit: int = 10) -> TopStatements:
        if not 1 <= limit <= service.MAX_TOP_STATEMENTS:
            raise bad_input(f"limit must be between 1 and {service.MAX_TOP_STATEMENTS}.", argument="limit")
        report = await service.top_statements(info.context.db, limit)
        return TopStatements(
            available=report.available,
            reason=report.reason,
            statements=[StatementStats(**vars(statement)) for statement in report.statements],
        )
