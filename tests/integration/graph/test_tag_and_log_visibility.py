"""What others may see of tags and execution logs: a tag's name is visible only through a
script the viewer may see; a run's details only to its runner and admins."""

from __future__ import annotations

from typing import Any

import pytest
from strawberry.relay import to_base64

from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import run, viewer_of

TAGS = """query($name: String!, $id: ID!) {
  tag(name: $name) { name scriptCount }
  tags(first: 100) { totalCount nodes { name } }
  node(id: $id) { ... on Tag { name } }
}"""


@pytest.fixture
async def tagged(clean_db: Database) -> dict[str, Any]:
    async with clean_db.transaction() as session:
        alice = await factories.make_user(session, username="alice")
        bob = await factories.make_user(session, username="bob")
        admin = await factories.make_user(session, username="root", role="admin")
        public = await factories.make_script(session, author=alice, title="Public")
        private = await factories.make_script(session, author=alice, title="Private", is_public=False)
        deleted = await factories.make_script(session, author=alice, title="Deleted", deleted_at=public.created_at)
        secret = await factories.make_tag(session, name="acquisition-target")
        gone = await factories.make_tag(session, name="deleted-only")
        shared = await factories.make_tag(session, name="backup")
        await factories.make_tag(session, name="unused")
        session.add_all(
            [
                models.ScriptTag(script_id=private.id, tag_id=secret.id),
                models.ScriptTag(script_id=deleted.id, tag_id=gone.id),
                models.ScriptTag(script_id=public.id, tag_id=shared.id),
                models.ScriptTag(script_id=private.id, tag_id=shared.id),
            ]
        )
    return {
        "alice": viewer_of(alice), "bob": viewer_of(bob), "admin": viewer_of(admin),
        "ids": {"acquisition-target": to_base64("Tag", secret.id), "deleted-only": to_base64("Tag", gone.id)},
    }


async def _tags(db: Database, tagged: dict[str, Any], viewer: Viewer, name: str) -> dict[str, Any]:
    return await run(db, TAGS, {"name": name, "id": tagged["ids"][name]}, viewer=viewer)


@pytest.mark.parametrize("who", ["anonymous", "bob"])
async def test_a_tag_only_on_hidden_scripts_is_found_on_no_path(clean_db: Database, tagged: dict[str, Any], who: str) -> None:
    viewer = ANONYMOUS if who == "anonymous" else tagged[who]
    for name in ("acquisition-target", "deleted-only"):
        data = await _tags(clean_db, tagged, viewer, name)
        assert data["tag"] is None and data["node"] is None
        assert [n["name"] for n in data["tags"]["nodes"]] == ["backup"] and data["tags"]["totalCount"] == 1


async def test_the_owner_sees_the_tags_of_their_private_scripts_but_not_of_deleted_ones(
    clean_db: Database, tagged: dict[str, Any]
) -> None:
    data = await _tags(clean_db, tagged, tagged["alice"], "acquisition-target")
    assert data["tag"] == {"name": "acquisition-target", "scriptCount": 1} and data["node"] == {"name": "acquisition-target"}
    assert [n["name"] for n in data["tags"]["nodes"]] == ["acquisition-target", "backup"]
    assert (await _tags(clean_db, tagged, tagged["alice"], "deleted-only"))["tag"] is None


async def test_an_admin_sees_every_tag(clean_db: Database, tagged: dict[str, Any]) -> None:
    data = await _tags(clean_db, tagged, tagged["admin"], "deleted-only")
    assert data["tag"] == {"name": "deleted-only", "scriptCount": 0} and data["node"] == {"name": "deleted-only"}
    assert data["tags"]["totalCount"] == 4


LOG_FIELDS = "status executionTimeMs createdAt parameters errorMessage ipAddress user { username }"
LOGS = f"query($id: ID!) {{ node(id: $id) {{ ... on Script {{ executionLogs {{ nodes {{ {LOG_FIELDS} }} }} }} }} }}"
LOG_BY_ID = f"query($id: ID!) {{ node(id: $id) {{ ... on ExecutionLog {{ {LOG_FIELDS} }} }} }}"


@pytest.fixture
async def logged(clean_db: Database) -> dict[str, Any]:
    """bob ran alice's public script with a secret parameter."""
    async with clean_db.transaction() as session:
        alice = await factories.make_user(session, username="alice")
        bob = await factories.make_user(session, username="bob")
        carol = await factories.make_user(session, username="carol")
        admin = await factories.make_user(session, username="root", role="admin")
        script = await factories.make_script(session, author=alice, title="Public")
        log = await factories.make_execution_log(
            session, script=script, user=bob, status="failure", parameters={"apiKey": "sk-secret"},
            error_message="401 for sk-secret", ip_address="203.0.113.7",
        )
    return {
        "alice": viewer_of(alice), "bob": viewer_of(bob), "carol": viewer_of(carol), "admin": viewer_of(admin),
        "script": to_base64("Script", script.id), "log": to_base64("ExecutionLog", log.id),
    }


DETAILS = {
    "parameters": {"apiKey": "sk-secret"}, "errorMessage": "401 for sk-secret", "ipAddress": "203.0.113.7",
    "user": {"username": "bob"},
}
HIDDEN = dict.fromkeys(DETAILS)


async def test_the_owner_sees_status_duration_and_time_of_another_users_run_but_not_its_details(
    clean_db: Database, logged: dict[str, Any]
) -> None:
    for query, key in ((LOGS, "script"), (LOG_BY_ID, "log")):
        data = await run(clean_db, query, {"id": logged[key]}, viewer=logged["alice"])
        node = data["node"]["executionLogs"]["nodes"][0] if key == "script" else data["node"]
        assert node["status"] == "FAILURE" and node["executionTimeMs"] == 120.0 and node["createdAt"]
        assert {field: node[field] for field in DETAILS} == HIDDEN


@pytest.mark.parametrize("who", ["bob", "admin"])
async def test_the_runner_and_admins_see_the_runs_details(clean_db: Database, logged: dict[str, Any], who: str) -> None:
    data = await run(clean_db, LOG_BY_ID, {"id": logged["log"]}, viewer=logged[who])
    assert {field: data["node"][field] for field in DETAILS} == DETAILS


async def test_other_users_read_no_run(clean_db: Database, logged: dict[str, Any]) -> None:
    assert (await run(clean_db, LOG_BY_ID, {"id": logged["log"]}, viewer=logged["carol"]))["node"] is None
    assert (await run(clean_db, LOGS, {"id": logged["script"]}, viewer=logged["carol"]))["node"]["executionLogs"] is None
