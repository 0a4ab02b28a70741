"""Re-embedding: give every script a vector of the current provider's model and dimension.

Scripts whose embedding is missing, was made by another model or dimension, or was made from
other content are embedded in batches, each batch in its own transaction, walking ids upwards
so a batch that fails is not retried in a loop. Runs in the background when the server starts
(`app.py`) and on demand (`psscript-graphql reembed`).

Only one process re-embeds at a time: the run holds a session-level advisory lock, and a
process that finds it taken leaves the work to the holder (API replicas start together).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.provider import EmbeddingError, EmbeddingProvider
from psscript_graphql.search.embeddings.store import ScriptText, store_embeddings

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 200
# Arbitrary constant shared by every process of this application: "someone is re-embedding".
ADVISORY_LOCK_KEY = 0x7053_656D_6265_6400 >> 8


@dataclass
class BackfillReport:
    embedded: int = 0
    batches: int = 0
    failed_batches: int = 0
    skipped_locked: bool = False
    seconds: float = 0.0


def _stale(provider: EmbeddingProvider) -> object:
    """Scripts without an embedding of this provider's model and dimension for their content."""
    embedding = models.ScriptEmbedding
    current = select(embedding.id).where(
        embedding.script_id == models.Script.id,
        embedding.model == provider.model,
        embedding.dimensions == provider.dimensions,
        embedding.content_hash == models.Script.file_hash,
    )
    return ~current.exists()


async def count_stale(session: AsyncSession, provider: EmbeddingProvider) -> int:
    """How many scripts the backfill would embed now."""
    return await session.scalar(select(func.count()).select_from(models.Script).where(_stale(provider)))


async def _next_batch(session: AsyncSession, provider: EmbeddingProvider, after_id: int, size: int) -> list[ScriptText]:
    script = models.Script
    rows = await session.execute(
        select(script.id, script.title, script.description, script.content, script.file_hash)
        .where(script.id > after_id, _stale(provider))
        .order_by(script.id)
        .limit(size)
    )
    return [ScriptText(row.id, row.title, row.description, row.content, row.file_hash) for row in rows]


async def backfill_embeddings(
    db: Database, provider: EmbeddingProvider, *, batch_size: int = DEFAULT_BATCH_SIZE
) -> BackfillReport:
    """Embed every stale script; returns what was done. Provider failures stop the run, logged."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    report = BackfillReport()
    started = time.perf_counter()
    async with db.engine.connect() as lock_connection:
        locked = await lock_connection.scalar(select(func.pg_try_advisory_lock(ADVISORY_LOCK_KEY)))
        await lock_connection.commit()  # the lock is the session's; no transaction stays open
        if not locked:
            report.skipped_locked = True
            log.info("re-embedding: another process is already at it; leaving the work to it")
            return report
        try:
            await _embed_stale(db, provider, batch_size, report)
        finally:
            await lock_connection.execute(select(func.pg_advisory_unlock(ADVISORY_LOCK_KEY)))
            await lock_connection.commit()
    report.seconds = time.perf_counter() - started
    return report


async def _embed_stale(db: Database, provider: EmbeddingProvider, batch_size: int, report: BackfillReport) -> None:
    after_id = 0
    while True:
        async with db.transaction() as session:
            batch = await _next_batch(session, provider, after_id, batch_size)
            if not batch:
                return
            after_id = batch[-1].script_id
            try:
                await store_embeddings(session, provider, batch)
            except EmbeddingError as error:
                report.failed_batches += 1
                log.warning("re-embedding stopped at script %d: %s", batch[0].script_id, error)
                return
        report.batches += 1
        report.embedded += len(batch)
        if report.batches % 25 == 0:
            log.info("re-embedding: %d scripts so far with model %s", report.embedded, provider.model)
