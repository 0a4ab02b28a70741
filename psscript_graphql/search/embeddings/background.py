"""Re-embedding in the background of a running server: started by the app's lifespan.

Start-up never waits for it: the server answers at once, semantic search improves as batches
land. Failures are logged and end the task; the next start (or `psscript-graphql reembed`)
picks up where it stopped, because only stale scripts are ever selected.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.backfill import backfill_embeddings
from psscript_graphql.search.embeddings.factory import provider_for

log = logging.getLogger(__name__)


class BackgroundBackfill:
    """The running re-embedding task; `stop()` cancels it and waits for it to end."""

    def __init__(self, task: asyncio.Task[None]) -> None:
        self.task = task

    async def stop(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task


async def _run(db: Database, settings: Settings, on_embedded: Callable[[], Awaitable[None]] | None) -> None:
    provider = provider_for(settings)
    try:
        report = await backfill_embeddings(db, provider)
    except asyncio.CancelledError:
        log.info("re-embedding interrupted by shutdown; it resumes at the next start")
        raise
    except Exception:  # noqa: BLE001 — a background task must log, not vanish silently
        log.exception("re-embedding failed; it is retried at the next start or with `psscript-graphql reembed`")
        return
    if report.embedded and on_embedded is not None:
        await on_embedded()  # similarity and semantic search results changed
    if report.embedded or report.failed_batches:
        log.info(
            "re-embedding finished: %d scripts embedded with %s in %.1fs",
            report.embedded, provider.model, report.seconds,
        )


def start_backfill(
    db: Database, settings: Settings, *, on_embedded: Callable[[], Awaitable[None]] | None = None
) -> BackgroundBackfill:
    """Start re-embedding stale scripts without blocking the caller."""
    log.info("re-embedding stale scripts in the background")
    return BackgroundBackfill(asyncio.create_task(_run(db, settings, on_embedded), name="embedding-backfill"))
