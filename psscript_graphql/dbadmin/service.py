"""Database statistics and maintenance for administrators; no Strawberry imports.

Everything reads PostgreSQL's own statistics views. Counters there (scans, cache hits) run
since the statistics were last reset, and table sizes are what the server reports right now.
Only our tables (the models' metadata) are reported or maintained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from psscript_graphql.core.errors import DomainError
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.dbadmin.errors import DbAdminErrorCode

MAX_TOP_STATEMENTS = 100


def our_table_names() -> list[str]:
    return sorted(table.name for table in models.Base.metadata.tables.values())


def our_table(name: str) -> Table:
    """The table called `name` among ours; `DomainError` for anything else (other tables, typos, SQL)."""
    for table in models.Base.metadata.tables.values():
        if table.name == name:
            return table
    raise DomainError(
        DbAdminErrorCode.UNKNOWN_TABLE,
        f"Unknown table {name[:100]!r}; expected one of: {', '.join(our_table_names())}.",
        field=("table",),
    )


# --- pools ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PoolStats:
    name: str
    size: int
    in_use: int
    idle: int
    overflow: int


def pool_stats(db: Database) -> list[PoolStats]:
    engines: dict[str, AsyncEngine] = {"primary": db.engine}
    if db.read_engine is not db.engine:
        engines["read"] = db.read_engine
    return [
        PoolStats(
            name=name,
            size=engine.pool.size(),  # type: ignore[attr-defined]
            in_use=engine.pool.checkedout(),  # type: ignore[attr-defined]
            idle=engine.pool.checkedin(),  # type: ignore[attr-defined]
            overflow=max(engine.pool.overflow(), 0),  # type: ignore[attr-defined]
        )
        for name, engine in engines.items()
    ]


# --- tables and indexes ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TableStats:
    name: str
    total_bytes: int
    table_bytes: int
    index_bytes: int
    live_tuples: int
    dead_tuples: int
    last_vacuum: datetime | None
    last_autovacuum: datetime | None
    last_analyze: datetime | None
    last_autoanalyze: datetime | None

    @property
    def dead_tuple_ratio(self) -> float | None:
        total = self.live_tuples + self.dead_tuples
        return self.dead_tuples / total if total else None


_TABLES_SQL = text(
    """
    SELECT s.relname AS name,
           pg_total_relation_size(s.relid) AS total_bytes,
           pg_relation_size(s.relid) AS table_bytes,
           pg_indexes_size(s.relid) AS index_bytes,
           s.n_live_tup AS live_tuples,
           s.n_dead_tup AS dead_tuples,
           s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze
    FROM pg_stat_user_tables AS s
    WHERE s.schemaname = current_schema() AND s.relname = ANY(:names)
    ORDER BY pg_total_relation_size(s.relid) DESC, s.relname
    """
)


async def table_stats(db: Database, names: list[str] | None = None) -> list[TableStats]:
    async with db.read() as session:
        rows = await session.execute(_TABLES_SQL, {"names": names or our_table_names()})
        return [TableStats(**row._mapping) for row in rows]


@dataclass(frozen=True)
class IndexStats:
    table: str
    name: str
    scans: int
    size_bytes: int
    is_unique: bool
    is_primary: bool

    @property
    def unused(self) -> bool:
        # A unique index enforces a constraint even when no query ever reads it: never "unused".
        return self.scans == 0 and not self.is_unique and not self.is_primary


_INDEXES_SQL = text(
    """
    SELECT s.relname AS table, s.indexrelname AS name, s.idx_scan AS scans,
           pg_relation_size(s.indexrelid) AS size_bytes,
           i.indisunique AS is_unique, i.indisprimary AS is_primary
    FROM pg_stat_user_indexes AS s
    JOIN pg_index AS i ON i.indexrelid = s.indexrelid
    WHERE s.schemaname = current_schema() AND s.relname = ANY(:names)
    ORDER BY s.relname, s.indexrelname
    """
)


async def index_stats(db: Database) -> list[IndexStats]:
    async with db.read() as session:
        rows = await session.execute(_INDEXES_SQL, {"names": our_table_names()})
        return [IndexStats(**row._mapping) for row in rows]


# --- cache hit ratio ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CacheHitRatio:
    database: float | None
    tables: float | None
    indexes: float | None


def _ratio(hits: int | None, reads: int | None) -> float | None:
    total = (hits or 0) + (reads or 0)
    return (hits or 0) / total if total else None


_CACHE_SQL = text(
    """
    SELECT d.blks_hit AS db_hit, d.blks_read AS db_read,
           t.heap_hit, t.heap_read, t.idx_hit, t.idx_read
    FROM pg_stat_database AS d,
         (SELECT sum(heap_blks_hit) AS heap_hit, sum(heap_blks_read) AS heap_read,
                 sum(idx_blks_hit) AS idx_hit, sum(idx_blks_read) AS idx_read
          FROM pg_statio_user_tables WHERE schemaname = current_schema()) AS t
    WHERE d.datname = current_database()
    """
)


async def cache_hit_ratio(db: Database) -> CacheHitRatio:
    async with db.read() as session:
        row = (await session.execute(_CACHE_SQL)).one()
    return CacheHitRatio(
        database=_ratio(row.db_hit, row.db_read),
        tables=_ratio(row.heap_hit, row.heap_read),
        indexes=_ratio(row.idx_hit, row.idx_read),
    )


# --- pg_stat_statements ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StatementStats:
    query: str
    calls: int
    total_time_ms: float
    mean_time_ms: float
    rows: int


@dataclass(frozen=True)
class TopStatements:
    available: bool
    reason: str | None
    statements: list[StatementStats]


NOT_INSTALLED = (
    "The pg_stat_statements extension is not installed in this database "
    "(it needs shared_preload_libraries = 'pg_stat_statements' and CREATE EXTENSION pg_stat_statements)."
)
NOT_LOADED = (
    "pg_stat_statements is installed but not loaded: add it to shared_preload_libraries and restart PostgreSQL."
)

_TOP_SQL = text(
    """
    SELECT query, calls, total_exec_time AS total_time_ms, mean_exec_time AS mean_time_ms, rows
    FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY total_exec_time DESC
    LIMIT :limit
    """
)


async def top_statements(db: Database, limit: int) -> TopStatements:
    """The statements with the most total execution time; `available: False` (and why) without the extension."""
    if not 1 <= limit <= MAX_TOP_STATEMENTS:
        raise ValueError(f"limit must be between 1 and {MAX_TOP_STATEMENTS}")
    async with db.read() as session:
        installed = await session.scalar(text("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements')"))
        if not installed:
            return TopStatements(available=False, reason=NOT_INSTALLED, statements=[])
        try:
            rows = (await session.execute(_TOP_SQL, {"limit": limit})).all()
        except DBAPIError as error:
            if "shared_preload_libraries" in str(error.orig):
                return TopStatements(available=False, reason=NOT_LOADED, statements=[])
            raise
    return TopStatements(available=True, reason=None, statements=[StatementStats(**row._mapping) for row in rows])


# --- maintenance ----------------------------------------------------------------------------------
async def vacuum_analyze(db: Database, table_name: str) -> TableStats:
    """VACUUM (ANALYZE) one of our tables; the name must be one of the models' tables."""
    table = our_table(table_name)
    async with db.engine.connect() as conn:
        # VACUUM refuses to run inside a transaction block: this connection autocommits.
        autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
        # The identifier comes from our metadata (never from the caller's string) and is quoted.
        quoted = autocommit.dialect.identifier_preparer.quote(table.name)
        await autocommit.execute(text(f"VACUUM (ANALYZE) {quoted}"))
    (stats,) = await table_stats(db, [table.name])
    return stats
