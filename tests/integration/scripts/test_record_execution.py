"""recordExecution: a log row plus count, average and last run, updated atomically."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select, text

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.support.graphql import run_with_errors
from tests.support.mutations import Cast, count, error_codes, gid, make_cast, mutate, top_level_error
from tests.support.sql_counter import count_statements

RECORD = """
mutation($input: RecordExecutionInput!) {
  recordExecution(input: $input) {
    script { executionCount averageExecutionTimeMs lastExecutedAt }
    executionLog { status executionTimeMs parameters errorMessage user { username } }
    errors { code field message }
  }
}"""


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


async def record(db: Database, script_id: str, viewer: Any, **fields: Any) -> dict[str, Any]:
    return await mutate(db, RECORD, {"input": {"scriptId": script_id, "status": "SUCCESS", "executionTimeMs": 100.0} | fields}, viewer)


async def test_record_execution_logs_the_run_and_updates_the_statistics(clean_db: Database, cast: Cast) -> None:
    first = await record(clean_db, cast.public_id, cast.alice, executionTimeMs=100.0, parameters={"Path": "C:\\Logs", "Days": 7})
    assert first["errors"] == []
    assert first["executionLog"] == {
        "status": "SUCCESS", "executionTimeMs": 100.0, "parameters": {"Path": "C:\\Logs", "Days": 7},
        "errorMessage": None, "user": {"username": "alice"},
    }
    second = await record(clean_db, cast.public_id, cast.alice, status="FAILURE", executionTimeMs=300.0, errorMessage="Access denied")
    script = second["script"]
    assert script["executionCount"] == 2 and script["averageExecutionTimeMs"] == pytest.approx(200.0)
    assert script["lastExecutedAt"] is not None
    assert await count(clean_db, models.ExecutionLog) == 2


async def test_another_user_may_record_a_run_of_a_public_script_and_sees_their_own_log(clean_db: Database, cast: Cast) -> None:
    payload = await record(clean_db, cast.public_id, cast.bob, executionTimeMs=50.0)
    assert payload["errors"] == [] and payload["script"]["executionCount"] == 1
    assert payload["executionLog"]["user"] == {"username": "bob"}  # the runner's own run
    async with clean_db.read() as session:
        log = await session.scalar(select(models.ExecutionLog))
    assert log.user_id == cast.bob.id


async def test_concurrent_records_lose_no_run(clean_db: Database, cast: Cast) -> None:
    times = [float(10 * (i + 1)) for i in range(20)]
    payloads = await asyncio.gather(
        *(record(clean_db, cast.public_id, cast.bob if i % 2 else cast.alice, executionTimeMs=t) for i, t in enumerate(times))
    )
    assert all(payload["errors"] == [] for payload in payloads)
    assert sorted(payload["script"]["executionCount"] for payload in payloads) == list(range(1, 21))
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert row.execution_count == 20 and await count(clean_db, models.ExecutionLog) == 20
    assert row.average_execution_time_ms == pytest.approx(sum(times) / len(times))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"executionTimeMs": -1.0}, "executionTimeMs"),
        ({"executionTimeMs": 604_800_001.0}, "executionTimeMs"),
        ({"errorMessage": "e" * 10_001}, "errorMessage"),
        ({"parameters": ["not", "an", "object"]}, "parameters"),
        ({"parameters": {"big": "x" * 70_000}}, "parameters"),
    ],
)
async def test_record_execution_rejects_invalid_runs_and_changes_nothing(
    clean_db: Database, cast: Cast, fields: dict[str, Any], field: str
) -> None:
    payload = await record(clean_db, cast.public_id, cast.alice, **fields)
    assert error_codes(payload) == [("INVALID_EXECUTION", ["input", field])]
    assert await count(clean_db, models.ExecutionLog) == 0
    async with clean_db.read() as session:
        assert (await session.get(models.Script, cast.public.id)).execution_count == 0


async def test_record_execution_of_a_missing_or_invisible_script_is_not_found(clean_db: Database, cast: Cast) -> None:
    for script_id in (gid("Script", 8_080), cast.private_id):
        assert error_codes(await record(clean_db, script_id, cast.bob)) == [("NOT_FOUND", ["input", "scriptId"])]
    assert await count(clean_db, models.ExecutionLog) == 0


async def test_record_execution_on_a_private_script_is_for_its_owner_and_admins(clean_db: Database, cast: Cast) -> None:
    assert (await record(clean_db, cast.private_id, cast.alice))["errors"] == []
    assert (await record(clean_db, cast.private_id, cast.admin))["errors"] == []


async def test_record_execution_needs_a_signed_in_viewer(clean_db: Database, cast: Cast) -> None:
    variables = {"input": {"scriptId": cast.public_id, "status": "SUCCESS", "executionTimeMs": 1.0}}
    assert await top_level_error(clean_db, RECORD, variables, ANONYMOUS) == "UNAUTHENTICATED"


async def test_record_execution_with_an_unknown_status_is_bad_input(clean_db: Database, cast: Cast) -> None:
    variables = {"input": {"scriptId": cast.public_id, "status": "EXPLODED", "executionTimeMs": 1.0}}
    _data, errors = await run_with_errors(clean_db, RECORD, variables, viewer=cast.alice)
    assert errors and "EXPLODED" in errors[0]["message"]


async def test_record_execution_of_a_deleted_script_is_not_found_even_for_admins(clean_db: Database, cast: Cast) -> None:
    await mutate(clean_db, "mutation($id: ID!) { deleteScript(id: $id) { errors { code } } }", {"id": cast.public_id}, cast.alice)
    for viewer in (cast.bob, cast.alice, cast.admin):
        assert error_codes(await record(clean_db, cast.public_id, viewer)) == [("NOT_FOUND", ["input", "scriptId"])]
    assert await count(clean_db, models.ExecutionLog) == 0
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert row.execution_count == 0 and row.last_executed_at is None


async def test_record_execution_writes_and_reads_its_payload_in_one_statement(clean_db: Database, cast: Cast) -> None:
    with count_statements(clean_db.engine) as log:
        payload = await record(clean_db, cast.public_id, cast.alice)
    assert payload["errors"] == [] and payload["executionLog"]["user"] == {"username": "alice"}
    # The statistics, the log row and both payload rows in one; the log's `user` is a loader read.
    assert log.count == 2, log.statements


async def test_record_execution_stores_absent_parameters_as_json_null_and_no_message_as_sql_null(
    clean_db: Database, cast: Cast
) -> None:
    # What the ORM insert stored before the write became one statement (the JSONB type's
    # None is JSON null); the payload reads both as null.
    await record(clean_db, cast.public_id, cast.alice)
    async with clean_db.read() as session:
        stored = await session.execute(text("SELECT jsonb_typeof(parameters), error_message IS NULL, ip_address FROM execution_logs"))
    assert tuple(stored.one()) == ("null", True, None)


async def test_a_run_is_not_an_edit_updated_at_stays_where_edits_left_it(clean_db: Database, cast: Cast) -> None:
    async def updated_at() -> Any:
        async with clean_db.read() as session:
            return await session.scalar(select(models.Script.updated_at).where(models.Script.id == cast.public.id))

    before = await updated_at()
    await asyncio.sleep(0.01)
    assert (await record(clean_db, cast.public_id, cast.bob))["errors"] == []
    assert await updated_at() == before
    async with clean_db.transaction() as session:  # an edit still moves it
        await session.execute(text("UPDATE scripts SET title = 'Renamed' WHERE id = :id"), {"id": cast.public.id})
    assert await updated_at() > before
