"""Script.diff: hunks and a unified diff between two versions, visibility, bad versions, size limits."""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.core.permissions import ANONYMOUS
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.scripts import diff
from tests.factories import make_version
from tests.support.graphql import run, run_with_errors
from tests.support.mutations import Cast, make_cast, mutate
from tests.support.sql_counter import count_statements

V1 = "param($Path)\nGet-ChildItem $Path\n$total = 0\nWrite-Output 'done'\n"
V2 = "param($Path)\nGet-ChildItem $Path -Recurse\n$total = 0\nWrite-Output 'done'\nexit 0\n"
UPDATE = "mutation($input: UpdateScriptInput!) { updateScript(input: $input) { script { version } errors { code } } }"
DIFF = """query($id: ID!, $from: Int!, $to: Int!) { script(id: $id) { diff(fromVersion: $from, toVersion: $to) {
  fromVersion toVersion unified added removed hunks { oldStart oldLines newStart newLines lines { kind text } } } } }"""


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    cast = await make_cast(clean_db)
    for script_id in (cast.public_id, cast.private_id):
        for content in (V1, V2):
            payload = await mutate(clean_db, UPDATE, {"input": {"id": script_id, "content": content}}, cast.alice)
            assert payload["errors"] == []
    return cast  # each script: version 1 (factory content), 2 = V1, 3 = V2


async def script_diff(db: Database, script_id: str, viewer: Any, start: int, end: int) -> Any:
    return (await run(db, DIFF, {"id": script_id, "from": start, "to": end}, viewer=viewer))["script"]


async def test_a_diff_lists_hunks_and_the_unified_text_of_two_versions(cast: Cast, clean_db: Database) -> None:
    result = (await script_diff(clean_db, cast.public_id, ANONYMOUS, 2, 3))["diff"]
    assert (result["fromVersion"], result["toVersion"], result["added"], result["removed"]) == (2, 3, 2, 1)
    assert result["unified"] == (
        "--- Public one (version 2)\n+++ Public one (version 3)\n@@ -1,4 +1,5 @@\n param($Path)\n-Get-ChildItem $Path\n"
        "+Get-ChildItem $Path -Recurse\n $total = 0\n Write-Output 'done'\n+exit 0\n"
    )
    [hunk] = result["hunks"]
    assert (hunk["oldStart"], hunk["oldLines"], hunk["newStart"], hunk["newLines"]) == (1, 4, 1, 5)
    assert [(line["kind"], line["text"]) for line in hunk["lines"]] == [
        ("CONTEXT", "param($Path)"),
        ("REMOVED", "Get-ChildItem $Path"),
        ("ADDED", "Get-ChildItem $Path -Recurse"),
        ("CONTEXT", "$total = 0"),
        ("CONTEXT", "Write-Output 'done'"),
        ("ADDED", "exit 0"),
    ]


async def test_versions_compare_in_either_order_and_a_version_with_itself_is_empty(cast: Cast, clean_db: Database) -> None:
    db = clean_db
    backwards = (await script_diff(db, cast.public_id, ANONYMOUS, 3, 2))["diff"]
    assert (backwards["added"], backwards["removed"]) == (1, 2)
    same = (await script_diff(db, cast.public_id, ANONYMOUS, 3, 3))["diff"]
    assert same == {"fromVersion": 3, "toVersion": 3, "unified": "", "added": 0, "removed": 0, "hunks": []}


async def test_a_private_script_s_versions_are_diffed_for_its_owner_only(cast: Cast, clean_db: Database) -> None:
    db = clean_db
    assert await script_diff(db, cast.private_id, cast.bob, 2, 3) is None
    assert await script_diff(db, cast.private_id, ANONYMOUS, 2, 3) is None
    assert (await script_diff(db, cast.private_id, cast.alice, 2, 3))["diff"]["added"] == 2
    assert (await script_diff(db, cast.private_id, cast.admin, 2, 3))["diff"]["added"] == 2


@pytest.mark.parametrize(("start", "end", "argument"), [(0, 3, "fromVersion"), (2, 4, "toVersion"), (-1, 2, "fromVersion")])
async def test_a_version_the_script_does_not_have_is_bad_user_input(cast: Cast, clean_db: Database, start: int, end: int, argument: str) -> None:
    data, errors = await run_with_errors(clean_db, DIFF, {"id": cast.public_id, "from": start, "to": end})
    assert data == {"script": {"diff": None}}  # the error nulls the diff only
    [error] = errors
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}
    assert "versions are 1–3" in error["message"]


async def test_versions_too_long_to_diff_give_a_clear_error(cast: Cast, clean_db: Database) -> None:
    db = clean_db
    half = diff.DIFF_MAX_LINES // 2
    async with db.transaction() as session:
        script = await session.get(models.Script, cast.public.id)
        assert script is not None
        await make_version(session, script=script, version=4, content="Get-Date\n" * half)
        await make_version(session, script=script, version=5, content="Get-Date\n" * (half + 1))
    data, errors = await run_with_errors(db, DIFF, {"id": cast.public_id, "from": 4, "to": 5})
    assert data == {"script": {"diff": None}}
    [error] = errors
    assert error["extensions"] == {"code": "DIFF_TOO_LARGE"}
    assert f"{diff.DIFF_MAX_LINES + 1:,} lines together" in error["message"]
    # Just within the limit: computed (in a thread, being large).
    within = (await script_diff(db, cast.public_id, ANONYMOUS, 4, 4))["diff"]
    assert within["added"] == within["removed"] == 0


async def test_a_request_may_compare_a_bounded_number_of_lines_over_all_its_diffs(cast: Cast, clean_db: Database) -> None:
    db = clean_db
    lines = diff.DIFF_MAX_LINES // 2
    async with db.transaction() as session:
        script = await session.get(models.Script, cast.public.id)
        assert script is not None
        await make_version(session, script=script, version=4, content="Get-Date\n" * lines)
    allowed = diff.DIFF_LINES_PER_REQUEST // (2 * lines)
    aliases = " ".join(f"d{i}: diff(fromVersion: 4, toVersion: 4) {{ added }}" for i in range(allowed + 1))
    data, errors = await run_with_errors(db, f"query($id: ID!) {{ script(id: $id) {{ {aliases} }} }}", {"id": cast.public_id})
    assert [error["extensions"]["code"] for error in errors] == ["DIFF_TOO_LARGE"]


async def test_diffs_of_one_script_load_their_versions_in_one_statement(cast: Cast, clean_db: Database) -> None:
    db = clean_db
    query = """query($id: ID!) { script(id: $id) {
      a: diff(fromVersion: 1, toVersion: 2) { added } b: diff(fromVersion: 2, toVersion: 3) { added }
      c: diff(fromVersion: 1, toVersion: 3) { added } } }"""
    with count_statements(db.engine) as log:
        data = await run(db, query, {"id": cast.public_id})
    assert data["script"]["b"] == {"added": 2}
    assert sum("script_versions" in statement for statement in log.statements) == 1

