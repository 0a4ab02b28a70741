"""A real uvicorn (in-process worker, no Redis) and real `gql` websocket clients on both protocols.

The server runs with ANALYSIS_STAGE_DELAY_MS so a job lasts long enough for a late subscriber
to join it mid-way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
from gql.transport.exceptions import TransportConnectionFailed, TransportQueryError
from strawberry import relay
from websockets.exceptions import ConnectionClosed

from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_script
from tests.support.analysis_clients import LEGACY_WS, TRANSPORT_WS, analyze, follow, graphql, register, ws_client
from tests.support.postgres import PostgresForTests
from tests.support.server import ServerProcess

STAGES = ["PARSE", "RULES", "METRICS", "EMBED", "STORE"]
RISKY = "$wc = New-Object System.Net.WebClient\nInvoke-Expression $wc.DownloadString($args[0])\n"


@pytest.fixture(scope="module")
async def database(pg_server: PostgresForTests, template_database: str) -> AsyncIterator[str]:
    name = await pg_server.create_database(template=template_database)
    yield pg_server.url(name)
    await pg_server.drop_database(name)


@pytest.fixture(scope="module")
def server(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"DATABASE_URL": database, "ANALYSIS_STAGE_DELAY_MS": "150"}
    process = ServerProcess(env, log_dir=tmp_path_factory.mktemp("analysis-e2e")).start()
    yield process
    process.stop()


async def _script_of(database: str, user_id: int, *, public: bool, content: str = RISKY) -> str:
    db = Database.from_settings(Settings(db_pool_min=0, db_pool_max=1), database)
    try:
        async with db.transaction() as session:
            author = await session.get(models.User, user_id)
            assert author is not None
            row = await make_script(session, author=author, content=content + f"# {id(object())}\n", is_public=public)
    finally:
        await db.dispose()
    return str(relay.GlobalID("Script", str(row.id)))


async def _until(events: list[dict], predicate, timeout: float = 15) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout):
        while not predicate(events):
            await asyncio.sleep(0.02)


@pytest.mark.parametrize("protocol", [TRANSPORT_WS, LEGACY_WS])
async def test_subscriber_receives_every_stage_in_order_and_the_final_analysis(
    server: ServerProcess, database: str, protocol: str
) -> None:
    user_id, token = register(server.base_url)
    script = await _script_of(database, user_id, public=False)
    events: list[dict] = []
    following = asyncio.create_task(follow(ws_client(server.base_url, token=token, protocol=protocol), events, scriptId=script))
    await asyncio.sleep(0.5)  # subscribed (connection_init, subscribe) before the job exists
    job_id = await asyncio.to_thread(analyze, server.base_url, token, script)
    await asyncio.wait_for(following, 20)

    assert [e["status"] for e in events] == ["QUEUED", "RUNNING", *["RUNNING"] * 4, "SUCCEEDED"]
    assert [e["stage"] for e in events[2:]] == STAGES
    assert {e["jobId"] for e in events} == {job_id}
    assert [e["percent"] for e in events] == [0, 0, 20, 45, 65, 85, 100]
    final = events[-1]["analysis"]
    assert final is not None and final["securityScore"] < 80
    assert {"PSAvoidUsingInvokeExpression"} <= {issue["rule"] for issue in final["securityIssues"]}
    assert all(e["analysis"] is None for e in events[:-1])


async def test_a_late_subscriber_first_gets_queued_then_the_current_state_then_the_rest(server: ServerProcess, database: str) -> None:
    user_id, token = register(server.base_url)
    script = await _script_of(database, user_id, public=True)
    early: list[dict] = []
    first = asyncio.create_task(follow(ws_client(server.base_url, token=token), early, scriptId=script))
    await asyncio.sleep(0.5)
    job_id = await asyncio.to_thread(analyze, server.base_url, token, script)
    await _until(early, lambda seen: any(e["stage"] == "RULES" for e in seen))

    late: list[dict] = []
    # Anonymous: the script is public, so no credentials are needed to follow it.
    await asyncio.wait_for(follow(ws_client(server.base_url, token=None), late, jobId=job_id), 20)
    await asyncio.wait_for(first, 20)
    # The QUEUED event everyone got, replayed (`job` is the job as it is now, so it differs).
    assert {**late[0], "job": None} == {**early[0], "job": None} and late[0]["status"] == "QUEUED"
    assert late[1]["stage"] in ("RULES", "METRICS") and late[1]["status"] == "RUNNING"  # where the job was
    assert late[2:] == early[early.index(late[1]) + 1 :]  # then exactly what everyone else got
    assert late[-1]["status"] == "SUCCEEDED" and late[-1]["analysis"] is not None


CREATE = """mutation($content: String!) {
  createScript(input: {title: "Fetch", content: $content}) { script { id } analysisJob { id status sequence } errors { code } } }"""


@pytest.mark.parametrize("protocol", [TRANSPORT_WS, LEGACY_WS])
async def test_the_job_of_a_create_payload_is_followed_from_queued_to_the_end(server: ServerProcess, protocol: str) -> None:
    _user_id, token = register(server.base_url)
    content = RISKY + f"# {protocol}\n"
    created = (await asyncio.to_thread(graphql, server.base_url, CREATE, {"content": content}, token))["createScript"]
    job = created["analysisJob"]
    assert created["errors"] == [] and job["status"] == "QUEUED" and job["sequence"] == 0
    await asyncio.sleep(0.4)  # the worker has started it by now (150 ms per stage)
    events = await asyncio.wait_for(follow(ws_client(server.base_url, token=token, protocol=protocol), [], jobId=job["id"]), 20)
    assert events[0]["status"] == "QUEUED" and events[0]["sequence"] == 0 and events[0]["jobId"] == job["id"]
    assert events[1]["status"] == "RUNNING" and events[-1]["status"] == "SUCCEEDED"
    sequences = [e["sequence"] for e in events]
    assert sequences == sorted(set(sequences))  # strictly increasing
    status = await asyncio.to_thread(
        graphql, server.base_url, "query($id: ID!) { script(id: $id) { analysisJob { id status sequence } } }",
        {"id": created["script"]["id"]}, token,
    )
    assert status["script"]["analysisJob"] == {"id": job["id"], "status": "SUCCEEDED", "sequence": sequences[-1]}


@pytest.mark.parametrize("protocol", [TRANSPORT_WS, LEGACY_WS])
async def test_a_private_script_of_another_user_cannot_be_followed(server: ServerProcess, database: str, protocol: str) -> None:
    owner_id, owner_token = register(server.base_url)
    _stranger_id, stranger_token = register(server.base_url)
    script = await _script_of(database, owner_id, public=False)
    job_id = await asyncio.to_thread(analyze, server.base_url, owner_token, script)
    for token, variables in ((stranger_token, {"scriptId": script}), (stranger_token, {"jobId": job_id}), (None, {"jobId": job_id})):
        events: list[dict] = []
        with pytest.raises(TransportQueryError, match="No (script|analysis job) with this id"):
            await asyncio.wait_for(follow(ws_client(server.base_url, token=token, protocol=protocol), events, **variables), 10)
        assert events == []
    # The owner, authenticated through connection_init, follows it to the end.
    events = await asyncio.wait_for(follow(ws_client(server.base_url, token=owner_token, protocol=protocol), [], jobId=job_id), 20)
    assert events[-1]["status"] == "SUCCEEDED"


async def test_an_invalid_token_in_connection_init_is_rejected(server: ServerProcess) -> None:
    with pytest.raises(TransportConnectionFailed) as raised:
        await asyncio.wait_for(follow(ws_client(server.base_url, token="not-a-token"), [], scriptId="U2NyaXB0OjE="), 10)
    closed = raised.value.__cause__
    assert isinstance(closed, ConnectionClosed) and closed.rcvd is not None and closed.rcvd.code == 4403


def test_server_log_is_free_of_tracebacks(server: ServerProcess) -> None:
    assert "Traceback" not in server.log(), server.log()
