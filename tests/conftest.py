"""One PostgreSQL (migrated template + test database) and one Redis-protocol server per run.

Both start lazily: unit tests that use neither start neither.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.bootstrap import prepare_database
from psscript_graphql.db.session import Database
from tests.support import postgres
from tests.support.postgres import TEMPLATE, PostgresForTests
from tests.support.redis_server import RedisForTests

_OWN_BASETEMP = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    # A base directory of this run's own: pytest's shared numbered directories are pruned by
    # other runs on the same machine, which would delete a running PostgreSQL's data under us.
    if config.option.basetemp is None:
        config.option.basetemp = tempfile.mkdtemp(prefix="psscript-tests-")
        config.stash[_OWN_BASETEMP] = config.option.basetemp


def pytest_unconfigure(config: pytest.Config) -> None:
    if _OWN_BASETEMP in config.stash:
        shutil.rmtree(config.stash[_OWN_BASETEMP], ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresForTests]:
    server = postgres.start_or_attach(tmp_path_factory.mktemp("pg"), os.environ.get("TEST_DATABASE_URL"))
    yield server
    postgres.stop(server)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(db_pool_max=10, db_pool_min=1)


@pytest.fixture(scope="session")
async def template_database(pg_server: PostgresForTests, settings: Settings) -> AsyncIterator[str]:
    """A database migrated to head; others are cloned from it."""
    await pg_server.drop_database(TEMPLATE)
    await pg_server.create_database(name=TEMPLATE)
    await prepare_database(settings, pg_server.url(TEMPLATE))
    yield TEMPLATE
    await pg_server.drop_database(TEMPLATE)


@pytest.fixture(scope="session")
async def database_url(pg_server: PostgresForTests, template_database: str) -> AsyncIterator[str]:
    name = await pg_server.create_database(template=template_database)
    yield pg_server.url(name)
    await pg_server.drop_database(name)


@pytest.fixture(scope="session")
async def db(database_url: str, settings: Settings) -> AsyncIterator[Database]:
    database = Database.from_settings(settings, database_url)
    yield database
    await database.dispose()


async def truncate_all(database: Database) -> None:
    tables = ", ".join(f'"{table.name}"' for table in models.Base.metadata.sorted_tables)
    async with database.transaction() as session:
        await session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def clean_db(db: Database) -> AsyncIterator[Database]:
    """The shared test database, emptied after the test."""
    yield db
    await truncate_all(db)


@pytest.fixture
async def fresh_database(pg_server: PostgresForTests, template_database: str) -> AsyncIterator[str]:
    """A whole database of the test's own, cloned from the migrated template; dropped after."""
    name = await pg_server.create_database(template=template_database)
    yield pg_server.url(name)
    await pg_server.drop_database(name)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisForTests]:
    server = RedisForTests(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parents[1]
