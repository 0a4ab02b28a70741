"""The analysis job in hand: script writes return it, `Script.analysisJob` reads it, and a
subscriber following it from the payload sees QUEUED first, with increasing sequence numbers."""

from __future__ import annotations

import asyncio
from typing import Any

from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from tests import factories
from tests.integration.analyses.jobs_support import Follower, execute
from tests.support.graphql import run, viewer_of
from tests.support.sql_counter import count_statements

JOB = "analysisJob { id status sequence contentHash }"
CREATE = f"""mutation($content: String!, $public: Boolean) {{
  createScript(input: {{title: "Backup", content: $content, isPublic: $public}}) {{
    script {{ id fileHash }} duplicateOf {JOB} errors {{ code }} }} }}"""
UPDATE = f"""mutation($id: ID!, $content: String, $title: String) {{
  updateScript(input: {{id: $id, content: $content, title: $title}}) {{ script {{ fileHash }} {JOB} errors {{ code }} }} }}"""
REVERT = f"""mutation($id: ID!) {{ revertScript(id: $id, toVersion: 1) {{ script {{ version fileHash }} {JOB} errors {{ code }} }} }}"""
SCRIPT_JOB = f"""query($id: ID!) {{ script(id: $id) {{ {JOB} }} }}"""
FIRST, SECOND = "Get-ChildItem C:\\Data | Copy-Item -Destination D:\\Backup\n", "robocopy C:\\Data D:\\Backup /MIR\n"


async def _owner(db: Database) -> Viewer:
    async with db.transaction() as session:
        return viewer_of(await factories.make_user(session))


async def _finished(db: Database, settings: Settings, jobs: JobRuntime, script_id: str, viewer: Viewer) -> dict[str, Any]:
    """`script.analysisJob` once no job of the script is queued or running."""
    for _ in range(200):
        job = (await execute(db, settings, jobs, SCRIPT_JOB, {"id": script_id}, viewer))["script"]["analysisJob"]
        if job["status"] in ("SUCCEEDED", "FAILED"):
            return job
        await asyncio.sleep(0.05)
    raise AssertionError(f"the job did not finish: {job}")


async def test_each_content_write_returns_the_job_of_its_content(clean_db: Database, settings: Settings, jobs: JobRuntime) -> None:
    viewer = await _owner(clean_db)
    created = (await execute(clean_db, settings, jobs, CREATE, {"content": FIRST}, viewer))["createScript"]
    job, script = created["analysisJob"], created["script"]
    assert job["status"] == "QUEUED" and job["sequence"] == 0 and job["contentHash"] == script["fileHash"]
    assert (await _finished(clean_db, settings, jobs, script["id"], viewer))["id"] == job["id"]

    # The same content again: nothing new, the payload names the job that analysed it.
    duplicate = (await execute(clean_db, settings, jobs, CREATE, {"content": FIRST}, viewer))["createScript"]
    assert duplicate["duplicateOf"] == script["id"] and duplicate["analysisJob"]["id"] == job["id"]

    updated = (await execute(clean_db, settings, jobs, UPDATE, {"id": script["id"], "content": SECOND}, viewer))["updateScript"]
    assert updated["analysisJob"]["status"] == "QUEUED" and updated["analysisJob"]["id"] != job["id"]
    assert updated["analysisJob"]["contentHash"] == updated["script"]["fileHash"]
    second_job = await _finished(clean_db, settings, jobs, script["id"], viewer)
    assert second_job["id"] == updated["analysisJob"]["id"] and second_job["status"] == "SUCCEEDED"

    # A title change keeps the content: the job that covers it, not a new one.
    renamed = (await execute(clean_db, settings, jobs, UPDATE, {"id": script["id"], "title": "Mirror"}, viewer))["updateScript"]
    assert renamed["analysisJob"] == second_job

    reverted = (await execute(clean_db, settings, jobs, REVERT, {"id": script["id"]}, viewer))["revertScript"]
    assert reverted["script"]["version"] == 3 and reverted["analysisJob"]["status"] == "QUEUED"
    assert reverted["analysisJob"]["id"] not in (job["id"], second_job["id"])
    assert reverted["analysisJob"]["contentHash"] == created["script"]["fileHash"]


async def test_a_failed_write_has_no_job(clean_db: Database, settings: Settings, jobs: JobRuntime) -> None:
    viewer = await _owner(clean_db)
    created = (await execute(clean_db, settings, jobs, CREATE, {"content": "  "}, viewer))["createScript"]
    assert created["errors"] == [{"code": "CONTENT_BLANK"}] and created["analysisJob"] is None and created["script"] is None


async def test_script_analysis_job_prefers_the_active_job_and_follows_visibility(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    viewer = await _owner(clean_db)
    async with clean_db.transaction() as session:
        stranger = viewer_of(await factories.make_user(session))
    private = (await execute(clean_db, settings, jobs, CREATE, {"content": FIRST}, viewer))["createScript"]
    public = (await execute(clean_db, settings, jobs, CREATE, {"content": SECOND, "public": True}, viewer))["createScript"]
    done = await _finished(clean_db, settings, jobs, public["script"]["id"], viewer)
    await _finished(clean_db, settings, jobs, private["script"]["id"], viewer)
    # An older finished job and a newer queued one: the queued one is the script's job.
    queued = (await execute(clean_db, settings, jobs, UPDATE, {"id": public["script"]["id"], "content": FIRST + "#2\n"}, viewer))
    seen = (await execute(clean_db, settings, jobs, SCRIPT_JOB, {"id": public["script"]["id"]}, ANONYMOUS))["script"]
    assert seen["analysisJob"]["id"] == queued["updateScript"]["analysisJob"]["id"] != done["id"]
    assert (await execute(clean_db, settings, jobs, SCRIPT_JOB, {"id": private["script"]["id"]}, stranger))["script"] is None


async def test_following_the_job_of_a_create_payload_starts_with_queued(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    viewer = await _owner(clean_db)
    created = (await execute(clean_db, settings, jobs, CREATE, {"content": FIRST}, viewer))["createScript"]
    await _finished(clean_db, settings, jobs, created["script"]["id"], viewer)  # subscribe only once it is over
    events = await (await Follower(clean_db, settings, jobs, viewer, jobId=created["analysisJob"]["id"]).start()).finished()
    assert [e["status"] for e in events] == ["QUEUED", "SUCCEEDED"]
    assert events[0]["sequence"] == 0 and events[0]["percent"] == 0 and events[0]["stage"] is None

    by_script = Follower(clean_db, settings, jobs, viewer, scriptId=created["script"]["id"])
    await by_script.start()
    updated = (await execute(clean_db, settings, jobs, UPDATE, {"id": created["script"]["id"], "content": SECOND}, viewer))
    events = await by_script.finished()
    assert events[0]["status"] == "QUEUED" and events[-1]["status"] == "SUCCEEDED"
    assert {e["jobId"] for e in events} == {updated["updateScript"]["analysisJob"]["id"]}
    sequences = [e["sequence"] for e in events]
    assert sequences == sorted(set(sequences)) and sequences[0] == 0


LIST_JOBS = "query($first: Int!) { scripts(first: $first) { nodes { analysisJob { status } } } }"


async def test_analysis_jobs_of_a_page_load_in_one_statement_whatever_its_size(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        for i in range(100):
            script = await factories.make_script(session, author=author, is_public=True)
            session.add(models.AnalysisJob(script_id=script.id, content_hash="0" * 64, status="succeeded", sequence=6))
            if i % 2:  # a newer content queued: the queued job is the script's job
                session.add(models.AnalysisJob(script_id=script.id, content_hash="1" * 64, status="queued"))
    counts = set()
    for first in (1, 20, 100):
        with count_statements(clean_db.engine) as log:
            data = await run(clean_db, LIST_JOBS, {"first": first})
        statuses = [node["analysisJob"]["status"] for node in data["scripts"]["nodes"]]
        assert len(statuses) == first and set(statuses) <= {"SUCCEEDED", "QUEUED"}
        counts.add(log.count)
    assert counts == {2}  # the page, then every job of it
    assert statuses.count("QUEUED") == 50
