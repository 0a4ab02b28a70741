"""The live site's bodies against a real server on seeded data: the precomputed cursors are the
ones a client following `endCursor` gets, seeded users sign in, and every body is answered."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import make_url

from bench.run import _bodies, _request, _unique
from bench.workloads import live_site_bodies
from bench.workloads.live_site import WORKLOAD
from tests.support.server import ServerProcess, demo_seeded_server


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with demo_seeded_server(module_database, tmp_path_factory.mktemp("live")) as process:
        yield process


@pytest.fixture(scope="module")
def bodies(server: ServerProcess, module_database: str) -> list[dict[str, Any]]:
    async def build() -> list[dict[str, Any]]:
        conn = await asyncpg.connect(make_url(module_database).set(drivername="postgresql").render_as_string(hide_password=False))
        try:
            return await live_site_bodies.variables(conn, server.base_url)
        finally:
            await conn.close()

    return _bodies(WORKLOAD, asyncio.run(build()))


def _answer(client: httpx.Client, server: ServerProcess, body: dict[str, Any]) -> dict[str, Any]:
    payload, headers = _request(body)
    return client.post(f"{server.base_url}/graphql", json=payload, headers=headers).json()


def test_each_lists_cursors_are_the_end_cursors_a_browsing_client_follows(server: ServerProcess, bodies: list[dict[str, Any]]) -> None:
    lists: dict[str, list[str | None]] = {}
    for body in bodies:
        if body["query"] == live_site_bodies.LIST:
            v = body["variables"]
            cursors = lists.setdefault(json.dumps([v["orderBy"], v["filter"]]), [])
            if v["after"] not in cursors:
                cursors.append(v["after"])
    assert len(lists) == 4
    with httpx.Client(timeout=30) as client:
        for key, cursors in lists.items():
            order_by, filter_ = json.loads(key)
            followed: list[str | None] = [None]
            while len(followed) < len(cursors):
                page = _answer(client, server, {"query": live_site_bodies.LIST, "variables": {
                    "first": live_site_bodies.PAGE_SIZE, "after": followed[-1], "orderBy": order_by, "filter": filter_}})
                followed.append(page["data"]["scripts"]["pageInfo"]["endCursor"])
            assert cursors == followed, key


def test_every_body_is_answered_without_errors_signed_in_as_a_seeded_user(server: ServerProcess, bodies: list[dict[str, Any]]) -> None:
    with httpx.Client(timeout=30) as client:
        me = _answer(client, server, {"query": "{ me { username } }", "token": next(b["token"] for b in bodies if "token" in b)})
        assert me["data"]["me"]["username"].startswith("user")
        for counter, body in enumerate(bodies):
            answer = _answer(client, server, _unique(body, counter))
            assert "errors" not in answer, answer
            assert all(not (v or {}).get("errors") for v in answer["data"].values()), answer
