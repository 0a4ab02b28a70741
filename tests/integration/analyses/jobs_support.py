"""Running the schema with a job runtime (in-process queue, broker and worker) as a viewer."""

from __future__ import annotations

import asyncio
from typing import Any

from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.schema import schema
from tests.support.graphql import plain

PROGRESS = """
subscription Follow($scriptId: ID, $jobId: ID) {
  analysisProgress(scriptId: $scriptId, jobId: $jobId) {
    jobId sequence status stage percent message error findingCount
    findings { rule severity category }
    analysis { securityScore qualityScore riskScore contentHash }
  }
}
"""
ANALYZE = """
mutation Analyze($id: ID!) {
  analyzeScript(scriptId: $id) { job { id status } errors { code field message } }
}
"""
RETRY = """
mutation Retry($id: ID!) {
  retryAnalysis(jobId: $id) { job { id status attempts error } errors { code field message } }
}
"""


def context(db: Database, settings: Settings, jobs: JobRuntime, viewer: Viewer = ANONYMOUS) -> Context:
    return Context(db=db, settings=settings, request=None, request_id="test", viewer=viewer, jobs=jobs)


async def execute(db: Database, settings: Settings, jobs: JobRuntime, query: str, variables: dict[str, Any], viewer: Viewer) -> Any:
    result = await schema.execute(query, variable_values=variables, context_value=context(db, settings, jobs, viewer))
    assert result.errors is None, [error.formatted for error in result.errors]
    return plain(result.data)


class Follower:
    """A subscription consumed in the background; `events` fills as they arrive."""

    def __init__(self, db: Database, settings: Settings, jobs: JobRuntime, viewer: Viewer, **variables: str) -> None:
        self.events: list[dict[str, Any]] = []
        self.errors: list[Any] = []
        self._args = (db, settings, jobs, viewer, variables)
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> Follower:
        db, settings, jobs, viewer, variables = self._args
        stream = await schema.subscribe(PROGRESS, variable_values=variables, context_value=context(db, settings, jobs, viewer))
        if not hasattr(stream, "__aiter__"):
            self.errors.extend(error.message for error in stream.errors or [])
            return self

        async def consume() -> None:
            async for result in stream:
                if result.errors:
                    self.errors.extend(error.message for error in result.errors)
                else:
                    self.events.append(result.data["analysisProgress"])

        self.task = asyncio.create_task(consume())
        await asyncio.sleep(0.05)  # let it subscribe before the test acts
        return self

    async def finished(self, timeout: float = 15) -> list[dict[str, Any]]:
        assert self.task is not None, self.errors
        await asyncio.wait_for(self.task, timeout)
        return self.events
