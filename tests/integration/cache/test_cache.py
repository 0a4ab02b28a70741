"""The cache: hits skip SQL, mutations invalidate, viewers never share private data, and a
Redis outage degrades to the database without errors — for both stores."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy import update
from strawberry.relay import to_base64

from psscript_graphql.cache.base import CacheStore
from psscript_graphql.cache.keys import key
from psscript_graphql.cache.memory import MemoryStore
from psscript_graphql.cache.redis import RedisStore
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests import factories
from tests.support.graphql import plain
from tests.support.redis_server import RedisForTests
from tests.support.sql_counter import count_statements

LIST = "{ scripts(first: 10, orderBy: {field: TITLE, direction: ASC}) { totalCount nodes { title } } }"
BY_ID = "query($id: ID!) { script(id: $id) { title analysis { securityScore } } }"


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, redis_server: RedisForTests) -> AsyncIterator[CacheStore]:
    if request.param == "memory":
        yield MemoryStore()
        return
    client = Redis.from_url(redis_server.url, socket_timeout=1, socket_connect_timeout=1)
    await client.flushdb()
    yield RedisStore(client)
    await client.aclose()


async def query(db: Database, store: CacheStore, document: str, variables: dict | None = None, viewer: Viewer = ANONYMOUS) -> Any:
    # The row and list caches belong to the resolvers; compiled reads bypass them.
    context = Context(db=db, settings=Settings(compiled_reads=False), request=None, request_id="test", viewer=viewer, cache=RequestCache(store))
    result = await schema.execute(document, variable_values=variables, context_value=context)
    assert result.errors is None, result.errors
    return plain(result.data)


async def seed(db: Database) -> dict[str, Any]:
    async with db.transaction() as session:
        alice = await factories.make_user(session, username="alice")
        bob = await factories.make_user(session, username="bob")
        admin = await factories.make_user(session, username="root", role="admin")
        public = await factories.make_script(session, author=alice, title="A public", is_public=True, execution_count=5)
        private = await factories.make_script(session, author=alice, title="B private", is_public=False, execution_count=3)
        await factories.make_analysis(session, script=public, security_score=70)
    return {
        "alice": Viewer(id=alice.id, role="user"),
        "bob": Viewer(id=bob.id, role="user"),
        "admin": Viewer(id=admin.id, role="admin"),
        "public": public,
        "private": private,
    }


def titles(data: Any) -> list[str]:
    return [node["title"] for node in data["scripts"]["nodes"]]


async def test_a_cached_list_and_script_are_served_without_sql(clean_db: Database, store: CacheStore) -> None:
    world = await seed(clean_db)
    variables = {"id": to_base64("Script", world["public"].id)}
    first_list = await query(clean_db, store, LIST)
    first_script = await query(clean_db, store, BY_ID, variables)
    with count_statements(clean_db.engine) as log:
        assert await query(clean_db, store, LIST) == first_list
        assert await query(clean_db, store, BY_ID, variables) == first_script
    assert log.count == 0
    assert first_script == {"script": {"title": "A public", "analysis": {"securityScore": 70}}}


async def test_viewers_with_different_visibility_never_share_an_entry(clean_db: Database, store: CacheStore) -> None:
    world = await seed(clean_db)
    assert titles(await query(clean_db, store, LIST, viewer=world["alice"])) == ["A public", "B private"]
    assert titles(await query(clean_db, store, LIST, viewer=world["bob"])) == ["A public"]
    assert titles(await query(clean_db, store, LIST)) == ["A public"]
    assert titles(await query(clean_db, store, LIST, viewer=world["admin"])) == ["A public", "B private"]
    assert titles(await query(clean_db, store, LIST, viewer=world["bob"])) == ["A public"]

    private_id = {"id": to_base64("Script", world["private"].id)}
    assert (await query(clean_db, store, BY_ID, private_id, viewer=world["alice"]))["script"]["title"] == "B private"
    assert (await query(clean_db, store, BY_ID, private_id, viewer=world["bob"]))["script"] is None  # row cached, not shown
    assert (await query(clean_db, store, BY_ID, private_id))["script"] is None


async def test_a_mutation_invalidates_what_was_cached(clean_db: Database, store: CacheStore) -> None:
    world = await seed(clean_db)
    await query(clean_db, store, LIST)
    async with clean_db.transaction() as session:  # a write the cache cannot know about by itself …
        await session.execute(update(models.Script).where(models.Script.id == world["public"].id).values(title="C renamed"))
    assert titles(await query(clean_db, store, LIST)) == ["A public"]  # … is not seen until a mutation
    await query(clean_db, store, 'mutation { login(usernameOrEmail: "nobody", password: "whatever it is") { errors { code } } }')
    assert titles(await query(clean_db, store, LIST)) == ["C renamed"]


async def test_filters_that_differ_in_any_argument_get_different_keys() -> None:
    base = {"filter": {"tagsAny": ["backup", "sql"], "isPublic": True}, "orderBy": "TITLE"}
    same = {"orderBy": "TITLE", "filter": {"isPublic": True, "tagsAny": ["sql", "backup", "sql"], "query": None}}
    assert key(1, "scripts:page", scope="anonymous", args=base) == key(1, "scripts:page", scope="anonymous", args=same)
    variants = [
        {**base, "orderBy": "CREATED_AT"},
        {**base, "filter": {**base["filter"], "tagsAll": ["backup"]}},
        {**base, "filter": {**base["filter"], "isPublic": False}},
    ]
    keys = {key(1, "scripts:page", scope="anonymous", args=args) for args in [base, *variants]}
    assert len(keys) == 4
    assert key(1, "scripts:page", scope="user:1", args=base) != key(1, "scripts:page", scope="user:2", args=base)
    assert key(1, "scripts:page", args=base) != key(2, "scripts:page", args=base)


async def test_redis_killed_and_restarted_mid_run_degrades_to_the_database(clean_db: Database, redis_server: RedisForTests) -> None:
    client = Redis.from_url(redis_server.url, socket_timeout=1, socket_connect_timeout=1)
    await client.flushdb()  # other tests' entries describe databases since truncated
    store = RedisStore(client)
    try:
        world = await seed(clean_db)
        assert titles(await query(clean_db, store, LIST)) == ["A public"]  # cached in Redis
        redis_server.stop()
        assert titles(await query(clean_db, store, LIST)) == ["A public"]  # from the database, no error
        async with clean_db.transaction() as session:
            await session.execute(update(models.Script).where(models.Script.id == world["public"].id).values(title="C renamed"))
        await query(clean_db, store, 'mutation { login(usernameOrEmail: "x", password: "whatever it is") { errors { code } } }')
        assert titles(await query(clean_db, store, LIST)) == ["C renamed"]
        redis_server.start()  # empty again (no persistence), but the point is: no stale page, no error
        assert titles(await query(clean_db, store, LIST)) == ["C renamed"]
        with count_statements(clean_db.engine) as log:
            assert titles(await query(clean_db, store, LIST)) == ["C renamed"]
        assert log.count == 0  # caching resumed
    finally:
        if not redis_server.running:
            redis_server.start()
        await client.aclose()


ANALYTICS = """{ analytics { scriptsPerCategory { count } securityScoreDistribution(bucketSize: 25) { low count }
  mostFavorited(first: 5) { script { title } count } mostExecuted(first: 5) { title }
  scriptsCreatedPerDay(from: "2020-01-01", to: "2020-12-31") { count } } }"""


async def test_analytics_are_cached_per_visibility_scope(clean_db: Database, store: CacheStore) -> None:
    world = await seed(clean_db)
    as_alice = await query(clean_db, store, ANALYTICS, viewer=world["alice"])
    as_bob = await query(clean_db, store, ANALYTICS, viewer=world["bob"])
    assert [row["title"] for row in as_alice["analytics"]["mostExecuted"]] == ["A public", "B private"]
    assert [row["title"] for row in as_bob["analytics"]["mostExecuted"]] == ["A public"]
    with count_statements(clean_db.engine) as log:
        assert await query(clean_db, store, ANALYTICS, viewer=world["alice"]) == as_alice
        assert await query(clean_db, store, ANALYTICS, viewer=world["bob"]) == as_bob
    assert log.count == 0
