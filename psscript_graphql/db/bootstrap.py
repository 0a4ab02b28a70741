"""Getting a database ready at start-up: find it, reach it, check pgvector, migrate it.

Each failure becomes a `StartupError` whose message is the one line the CLI prints before
exiting with status 1 — never a traceback.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from psscript_graphql.config import Settings
from psscript_graphql.db import migrate
from psscript_graphql.db.embedded import EmbeddedServer, start_embedded
from psscript_graphql.db.engine import create_engine
from psscript_graphql.db.urls import async_url, describe

log = logging.getLogger(__name__)

CONNECT_ATTEMPTS = 5
FIRST_RETRY_DELAY_S = 0.25


class StartupError(RuntimeError):
    """A dependency is missing or broken; `str(error)` is the line to show."""


def resolve_database(settings: Settings) -> tuple[str, EmbeddedServer | None]:
    """The URL to use: DATABASE_URL, or an embedded server started in PSSCRIPT_DATA_DIR."""
    if settings.database_url:
        try:
            async_url(settings.database_url)
        except Exception as error:  # noqa: BLE001 — any parse failure is the same user mistake
            raise StartupError(f"DATABASE_URL is not a usable PostgreSQL URL: {error}") from None
        return settings.database_url, None
    try:
        server = start_embedded(settings.data_dir)
    except Exception as error:  # noqa: BLE001 — the wrapper raises many kinds; all mean "cannot start"
        raise StartupError(
            f"could not start the embedded PostgreSQL in {settings.data_dir}: {_first_line(error)}"
        ) from None
    return server.url(), server


def _first_line(error: BaseException) -> str:
    message = str(error).strip() or type(error).__name__
    return message.splitlines()[0]


async def wait_for_database(engine: AsyncEngine, *, attempts: int = CONNECT_ATTEMPTS) -> None:
    """Connect with exponential backoff (0.25 s, 0.5 s, 1 s, …); give up after `attempts`."""
    delay = FIRST_RETRY_DELAY_S
    for attempt in range(1, attempts + 1):
        try:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return
        except (OSError, SQLAlchemyError, asyncio.TimeoutError) as error:
            if attempt == attempts:
                raise StartupError(
                    f"database unreachable at {describe(engine.url)} after {attempts} attempts: {_first_line(error)}"
                ) from None
            log.warning("database not reachable (attempt %d/%d), retrying in %.2fs", attempt, attempts, delay)
            await asyncio.sleep(delay)
            delay *= 2


async def ensure_extensions(engine: AsyncEngine) -> None:
    """pgvector and pg_trgm must be installable; the migration creates them, this says why not."""
    for extension in ("vector", "pg_trgm"):
        try:
            async with engine.begin() as conn:
                await conn.execute(text(f"CREATE EXTENSION IF NOT EXISTS {extension}"))
        except DBAPIError as error:
            raise StartupError(
                f"PostgreSQL extension {extension!r} cannot be created on {describe(engine.url)}: "
                f"{_first_line(error.orig or error)}"
            ) from None


async def prepare_database(settings: Settings, url: str) -> None:
    """Reach the database, check extensions, migrate to head."""
    engine = create_engine(settings, url, pool_max=1)
    try:
        await wait_for_database(engine)
        await ensure_extensions(engine)
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()
