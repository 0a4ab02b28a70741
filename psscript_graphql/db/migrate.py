"""Alembic driven from our own code: upgrade, downgrade, status, and the head revision.

Migrations run on a connection we hand to Alembic (`config.attributes["connection"]`), inside
a PostgreSQL advisory lock so that replicas starting together migrate once.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

MIGRATIONS_PACKAGE = "psscript_graphql.migrations"
# Any constant works; it only has to be the same in every process of this app.
_MIGRATION_LOCK_KEY = 7_421_013


@cache
def migrations_dir() -> Path:
    """Where the migrations are: the repository's `migrations/` in an editable install, the
    package's own copy in a wheel (setup.py maps one onto the other)."""
    spec = importlib.util.find_spec(MIGRATIONS_PACKAGE)
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    for location in locations:
        if (Path(location) / "env.py").exists():
            return Path(location)
    raise FileNotFoundError(f"the {MIGRATIONS_PACKAGE} package is missing from this install; reinstall psscript-graphql")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision id, oldest first."""
    return [script.revision for script in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def database_revision(connection: AsyncConnection) -> str | None:
    """The revision stored in alembic_version, read with one plain query (no Alembic context)."""
    return (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()


def _locked(connection: Connection, action: str, revision: str) -> None:
    # Transaction-scoped: released by the commit that also makes the migration visible.
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    config = alembic_config(connection)
    if action == "upgrade":
        command.upgrade(config, revision)
    else:
        command.downgrade(config, revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_locked, "upgrade", revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_locked, "downgrade", revision)


async def status(engine: AsyncEngine) -> tuple[str | None, str]:
    """(current revision of the database, head revision of the code)."""
    async with engine.connect() as conn:
        current = await conn.run_sync(current_revision)
    return current, head_revision()
