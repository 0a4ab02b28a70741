"""createScript, updateScript and revertScript queue an analysis of the new content; the worker
stores it, and a script whose content did not change queues nothing."""

from __future__ import annotations

import asyncio
import hashlib

from sqlalchemy import func, select
from strawberry.relay import from_base64

from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from tests import factories
from tests.integration.analyses.jobs_support import execute

CREATE = """mutation($content: String!) {
  createScript(input: {title: "Backup", content: $content, tags: ["backup"]}) { script { id version } duplicateOf errors { code } } }"""
UPDATE = """mutation($id: ID!, $content: String!) {
  updateScript(input: {id: $id, content: $content, commitMessage: "faster"}) { script { version } errors { code } } }"""
REVERT = """mutation($id: ID!) { revertScript(id: $id, toVersion: 1) { script { version } errors { code } } }"""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


async def jobs_and_analysis(db: Database, script_id: int) -> tuple[list[str], str | None]:
    for _ in range(100):
        async with db.read() as session:
            statuses = (await session.scalars(select(models.AnalysisJob.status).where(models.AnalysisJob.script_id == script_id).order_by(models.AnalysisJob.id))).all()
            stored = await session.scalar(select(models.ScriptAnalysis.content_hash).where(models.ScriptAnalysis.script_id == script_id))
        if statuses and all(status in ("succeeded", "failed") for status in statuses):
            return list(statuses), stored
        await asyncio.sleep(0.05)
    raise AssertionError(f"jobs did not finish: {statuses}")


async def test_every_content_change_is_analysed_and_a_duplicate_queues_nothing(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    async with clean_db.transaction() as session:
        owner = await factories.make_user(session)
    viewer = Viewer(id=owner.id, role="user")
    first, second = "Get-ChildItem C:\\Data | Copy-Item -Destination D:\\Backup\n", "robocopy C:\\Data D:\\Backup /MIR\n"

    created = (await execute(clean_db, settings, jobs, CREATE, {"content": first}, viewer))["createScript"]
    script_id = int(from_base64(created["script"]["id"])[1])
    statuses, stored = await jobs_and_analysis(clean_db, script_id)
    assert statuses == ["succeeded"] and stored == sha256(first)

    duplicate = (await execute(clean_db, settings, jobs, CREATE, {"content": first}, viewer))["createScript"]
    assert duplicate["duplicateOf"] == created["script"]["id"]
    assert (await jobs_and_analysis(clean_db, script_id))[0] == ["succeeded"]

    await execute(clean_db, settings, jobs, UPDATE, {"id": created["script"]["id"], "content": second}, viewer)
    statuses, stored = await jobs_and_analysis(clean_db, script_id)
    assert statuses == ["succeeded", "succeeded"] and stored == sha256(second)

    await execute(clean_db, settings, jobs, REVERT, {"id": created["script"]["id"]}, viewer)
    statuses, stored = await jobs_and_analysis(clean_db, script_id)
    assert len(statuses) == 3 and stored == sha256(first)
    async with clean_db.read() as session:
        assert await session.scalar(select(func.count()).select_from(models.AnalysisJob)) == 3
