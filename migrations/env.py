"""Alembic environment: migrations run on the connection our code passes in.

`psscript-graphql migrate …` and the server's start-up call Alembic with
`config.attributes["connection"]` set. Run through the plain `alembic` command, this file
builds an engine from DATABASE_URL instead.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection

from psscript_graphql.db import models

target_metadata = models.Base.metadata


def _include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 — Alembic's hook signature
    # Extensions (pgvector, pg_trgm, pg_stat_statements) own tables we do not model.
    return not (type_ == "table" and reflected and compare_to is None and name not in target_metadata.tables)


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_standalone() -> None:
    from psscript_graphql.config import Settings
    from psscript_graphql.db.engine import create_engine

    settings = Settings.from_env()
    if not settings.database_url:
        raise SystemExit("DATABASE_URL is not set; use `psscript-graphql migrate` for the embedded database")
    engine = create_engine(settings, settings.database_url, pool_max=1)
    async with engine.begin() as conn:
        await conn.run_sync(run_on)
    await engine.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    asyncio.run(_run_standalone())
