"""`Script.executionLogs` and `node(id)` of a run compile, with the resolvers' per-field rule:
the script's owner and admins read the run list; a run's details (runner, parameters, address,
error) only the runner and admins. Every answer byte-equal to the resolvers'."""

from __future__ import annotations

import base64
import ipaddress
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from psscript_graphql.seed.demo import seed_database
from tests.support.graphql import execute, plain
from tests.support.recorded_runs import RecordedRuns, record_runs

COMPILED = Settings(compiled_reads=True, max_query_cost=10_000_000)
REFERENCE = Settings(compiled_reads=False, max_query_cost=10_000_000)

LOG_FIELDS = "id status executionTimeMs createdAt parameters errorMessage ipAddress script { title } user { username }"
RUNS = f"""
query Q($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {{
  script(id: $id) {{
    title
    executionLogs(first: $first, last: $last, after: $after, before: $before) {{
      totalCount
      pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }}
      edges {{ cursor node {{ {LOG_FIELDS} }} }}
      runs: nodes {{ status parameters }}
    }}
  }}
}}
"""
NODE = f'query Q($id: ID!) {{ node(id: $id) {{ __typename ... on ExecutionLog {{ {LOG_FIELDS} }} }} }}'


def _gid(type_name: str, key: int) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


class Site:
    def __init__(self, db: Database, runs: RecordedRuns, viewers: dict[str, Viewer]) -> None:
        self.db, self.runs, self.viewers = db, runs, viewers


@pytest.fixture
async def site(clean_db: Database) -> Site:
    await seed_database(clean_db, seed=3)
    async with clean_db.transaction() as session:
        private = (
            await session.execute(
                select(models.Script.id, models.Script.author_id)
                .where(models.Script.is_public.is_(False), models.Script.deleted_at.is_(None))
                .order_by(models.Script.id)
                .limit(1)
            )
        ).one()
        owner = private.author_id
        other = await session.scalar(select(models.User.id).where(models.User.id != owner, models.User.role == "user").limit(1))
        admin = await session.scalar(select(models.User.id).where(models.User.role == "admin").limit(1))
        runs = await record_runs(session, owner_id=owner, other_id=other, private_script_id=private.id)
    viewers = {
        "anonymous": ANONYMOUS,
        "owner": Viewer(id=owner, role="user"),
        "other": Viewer(id=other, role="user"),
        "admin": Viewer(id=admin, role="admin"),
    }
    return Site(clean_db, runs, viewers)


async def _both(site: Site, query: str, variables: dict[str, Any], viewer: Viewer) -> Any:
    """The compiled answer, after checking the compiler answered and the resolvers agree byte for byte."""
    reads = compiled_reads(schema, COMPILED.compiled_plan_cache_size)
    before = reads.answered
    got = await execute(site.db, query, variables, viewer=viewer, settings=COMPILED)
    assert reads.answered == before + 1, "the compiled path did not answer"
    expected = await execute(site.db, query, variables, viewer=viewer, settings=REFERENCE)
    assert got.errors is None and expected.errors is None, (got.errors, expected.errors)
    got_bytes, expected_bytes = orjson.dumps(got.data), orjson.dumps(expected.data)
    at = next((i for i, (a, b) in enumerate(zip(got_bytes, expected_bytes)) if a != b), len(got_bytes))
    if got_bytes != expected_bytes:
        print("GOT", got_bytes[max(0, at - 300) : at + 200].decode())
        print("EXP", expected_bytes[max(0, at - 300) : at + 200].decode())
    assert got_bytes == expected_bytes
    return plain(got.data)


async def test_the_owner_reads_every_run_but_only_their_own_runs_details(site: Site) -> None:
    data = await _both(site, RUNS, {"id": _gid("Script", site.runs.public_script_id)}, site.viewers["owner"])
    logs = data["script"]["executionLogs"]
    assert logs["totalCount"] >= 5
    nodes = [edge["node"] for edge in logs["edges"]]
    mine = [n for n in nodes if n["user"] is not None]
    assert [n["parameters"] for n in mine] == [{"Verbose": True}]
    assert mine[0]["ipAddress"] == "192.168.0.0/24"
    others = [n for n in nodes if n["user"] is None]
    assert others and all(n["parameters"] is None and n["errorMessage"] is None and n["ipAddress"] is None for n in others)
    assert {n["status"] for n in others} >= {"FAILURE", "TIMEOUT", "CANCELLED"}
    assert 1500.0 in [n["executionTimeMs"] for n in nodes]


async def test_an_admin_reads_every_runs_details(site: Site) -> None:
    data = await _both(site, RUNS, {"id": _gid("Script", site.runs.public_script_id)}, site.viewers["admin"])
    nodes = [edge["node"] for edge in data["script"]["executionLogs"]["edges"]]
    secret = next(n for n in nodes if n["parameters"] and "Password" in n["parameters"])
    assert secret["errorMessage"].startswith("Access is denied") and secret["ipAddress"] == "10.1.2.3"
    # As the resolvers print it: Python's str() of the address (3.11: `::ffff:c000:280`), not PostgreSQL's text.
    assert str(ipaddress.ip_address("::ffff:192.0.2.128")) in [n["ipAddress"] for n in nodes]


@pytest.mark.parametrize("label", ["anonymous", "other"])
async def test_nobody_else_reads_the_run_list(site: Site, label: str) -> None:
    data = await _both(site, RUNS, {"id": _gid("Script", site.runs.public_script_id)}, site.viewers[label])
    assert data["script"]["title"] and data["script"]["executionLogs"] is None


@pytest.mark.parametrize("label", ["owner", "admin"])
async def test_pages_of_runs_both_ways_follow_the_resolvers(site: Site, label: str) -> None:
    viewer, script_id = site.viewers[label], _gid("Script", site.runs.public_script_id)
    first = await _both(site, RUNS, {"id": script_id, "first": 2}, viewer)
    page = first["script"]["executionLogs"]
    assert page["pageInfo"]["hasNextPage"] is True
    after = await _both(site, RUNS, {"id": script_id, "first": 2, "after": page["pageInfo"]["endCursor"]}, viewer)
    assert after["script"]["executionLogs"]["pageInfo"]["hasPreviousPage"] is True
    before = await _both(site, RUNS, {"id": script_id, "last": 1, "before": page["pageInfo"]["endCursor"]}, viewer)
    assert [e["node"]["id"] for e in before["script"]["executionLogs"]["edges"]] == [page["edges"][0]["node"]["id"]]
    for size in (0, 1, 100):
        await _both(site, RUNS, {"id": script_id, "last": size}, viewer)


async def test_a_run_by_id_shows_its_details_to_its_runner_and_not_to_the_owner(site: Site) -> None:
    secret_run, private_run = site.runs.log_ids[0], site.runs.log_ids[-1]
    by_runner = await _both(site, NODE, {"id": _gid("ExecutionLog", secret_run)}, site.viewers["other"])
    assert by_runner["node"]["parameters"]["Password"] == "hunter2" and by_runner["node"]["user"] is not None
    by_owner = await _both(site, NODE, {"id": _gid("ExecutionLog", secret_run)}, site.viewers["owner"])
    assert by_owner["node"]["status"] == "FAILURE" and by_owner["node"]["parameters"] is None and by_owner["node"]["user"] is None
    anonymous = await _both(site, NODE, {"id": _gid("ExecutionLog", secret_run)}, ANONYMOUS)
    assert anonymous["node"] is None
    # The runner of a private script's run no longer sees the script: not the run either.
    hidden = await _both(site, NODE, {"id": _gid("ExecutionLog", private_run)}, site.viewers["other"])
    assert hidden["node"] is None
