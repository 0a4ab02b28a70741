"""Fixtures shared by end-to-end tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.postgres import PostgresForTests


@pytest.fixture(scope="module")
async def module_database(pg_server: PostgresForTests, template_database: str) -> AsyncIterator[str]:
    """A database for one test module's server (cloned from the migrated template; dropped after)."""
    name = await pg_server.create_database(template=template_database)
    yield pg_server.url(name)
    await pg_server.drop_database(name)
