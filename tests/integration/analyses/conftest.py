"""A job runtime with its in-process worker, for the analysis tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime


@pytest.fixture
async def jobs(clean_db: Database, settings: Settings) -> AsyncIterator[JobRuntime]:
    runtime = JobRuntime.from_settings(settings)
    await runtime.start_worker(clean_db, settings)
    yield runtime
    await runtime.close()
