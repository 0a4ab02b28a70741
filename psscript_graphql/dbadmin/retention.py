"""Retention of execution logs: delete rows older than a cutoff, in batches, on demand or periodically.

Batches keep each transaction short (no long lock on a big table, no huge WAL burst); each batch
commits on its own, so an interrupted purge keeps what it deleted and the next run continues.
The periodic run takes a PostgreSQL advisory lock, so with N API replicas one of them works
per interval and the others skip.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from psscript_graphql.db import models

logger = logging.getLogger("psscript_graphql.retention")

DEFAULT_BATCH_SIZE = 5_000
MAX_RETENTION_DAYS = 36_500
# pg_advisory_lock key of the periodic purge: "psscript" + 1, any constant unique to this job.
ADVISORY_LOCK_KEY = 0x7073_7363_7269_7001


@dataclass(frozen=True)
class PurgeResult:
    deleted: int
    cutoff: datetime
    batches: int


def cutoff_for(older_than_days: int, *, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)) - timedelta(days=older_than_days)


async def _purge_on(conn: AsyncConnection, cutoff: datetime, batch_size: int) -> PurgeResult:
    log = models.ExecutionLog
    # SKIP LOCKED: a concurrent purge (or a writer holding a row) never makes us wait.
    batch = (
        select(log.id).where(log.created_at < cutoff).order_by(log.id).limit(batch_size).with_for_update(skip_locked=True)
    )
    deleted = batches = 0
    while True:
        async with conn.begin():
            result = await conn.execute(delete(log).where(log.id.in_(batch.scalar_subquery())))
        batches += 1
        deleted += result.rowcount
        if result.rowcount < batch_size:
            return PurgeResult(deleted=deleted, cutoff=cutoff, batches=batches)


async def purge_execution_logs(
    engine: AsyncEngine, *, older_than_days: int, batch_size: int = DEFAULT_BATCH_SIZE, now: datetime | None = None
) -> PurgeResult:
    """Delete execution logs created more than `older_than_days` days ago; returns how many went."""
    if not 1 <= older_than_days <= MAX_RETENTION_DAYS:
        raise ValueError(f"older_than_days must be between 1 and {MAX_RETENTION_DAYS}, got {older_than_days}")
    async with engine.connect() as conn:
        return await _purge_on(conn, cutoff_for(older_than_days, now=now), batch_size)


async def purge_if_no_one_else_is(engine: AsyncEngine, *, older_than_days: int) -> PurgeResult | None:
    """The periodic purge: None when another process holds the lock (it is purging right now)."""
    async with engine.connect() as conn:
        async with conn.begin():
            locked = (await conn.execute(select(func.pg_try_advisory_lock(ADVISORY_LOCK_KEY)))).scalar_one()
        if not locked:
            return None
        try:
            return await _purge_on(conn, cutoff_for(older_than_days), DEFAULT_BATCH_SIZE)
        finally:
            async with conn.begin():
                await conn.execute(select(func.pg_advisory_unlock(ADVISORY_LOCK_KEY)))


class PeriodicRetention:
    """Runs the purge every `interval_s` seconds in the background of the API process (app lifespan)."""

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        older_than_days: int,
        interval_s: float,
        on_purged: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._engine = engine
        self._on_purged = on_purged  # e.g. invalidate the API cache: execution logs changed
        self._older_than_days = older_than_days
        self._interval_s = interval_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._interval_s > 0 and self._task is None:
            self._task = asyncio.create_task(self._run(), name="execution-log-retention")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            try:
                result = await purge_if_no_one_else_is(self._engine, older_than_days=self._older_than_days)
            except Exception:  # noqa: BLE001 — a failed run (database restarting) must not end the loop
                logger.exception("execution log retention failed; retrying in %s s", self._interval_s)
                continue
            if result is not None and result.deleted:
                if self._on_purged is not None:
                    await self._on_purged()
                logger.info(
                    "deleted %d execution logs older than %s", result.deleted, result.cutoff.isoformat(),
                    extra={"deleted": result.deleted, "batches": result.batches},
                )
