"""A NUL character (U+0000, which PostgreSQL cannot store) in any string argument is refused as
BAD_USER_INPUT naming the argument, before any SQL; a script's content must be text."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import parse
from sqlalchemy import func, select
from strawberry import relay

from psscript_graphql.core.extensions.text_arguments import nul_error
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_script, make_user
from tests.support.graphql import execute, viewer_of

NUL = "a\x00b"
# (document, variables, the label the error names, the argument)
CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("query($v: String!) { tag(name: $v) { name } }", {"v": NUL}, "tag(name:)", "name"),
    ('{ tag(name: "a\\u0000b") { name } }', {}, "tag(name:)", "name"),
    ("query($v: String!) { user(username: $v) { username } }", {"v": NUL}, "user(username:)", "username"),
    ("query($v: String!) { searchScripts(query: $v, mode: TEXT) { totalCount } }", {"v": NUL}, "searchScripts(query:)", "query"),
    ("query($v: String!) { searchScripts(query: $v, mode: HYBRID) { totalCount } }", {"v": NUL}, "searchScripts(query:)", "query"),
    ("query($v: String) { scripts(filter: {query: $v}) { totalCount } }", {"v": NUL}, "scripts(filter.query:)", "filter"),
    ('{ scripts(filter: {tagsAny: ["x", "a\\u0000"]}) { totalCount } }', {}, "scripts(filter.tagsAny:)", "filter"),
    ("query($f: ScriptFilter) { scripts(filter: $f) { totalCount } }", {"f": {"tagsAll": [NUL]}}, "scripts(filter:)", "filter"),
    ('mutation($v: String!) { login(usernameOrEmail: $v, password: "x") { token } }', {"v": NUL}, "login(usernameOrEmail:)", "usernameOrEmail"),
    (
        "mutation($i: CreateScriptInput!) { createScript(input: $i) { errors { code } } }",
        {"i": {"title": NUL, "content": "Get-Date"}},
        "createScript(input:)",
        "input",
    ),
    (
        "mutation($i: CreateScriptInput!) { createScript(input: $i) { errors { code } } }",
        {"i": {"title": "t", "content": "Get-Date\x00"}},
        "createScript(input:)",
        "input",
    ),
    ("mutation($id: ID!, $v: String!) { addComment(scriptId: $id, content: $v) { errors { code } } }", {"v": NUL}, "addComment(content:)", "content"),
    (
        "mutation($i: RecordExecutionInput!) { recordExecution(input: $i) { errors { code } } }",
        {"i": {"status": "SUCCESS", "executionTimeMs": 1, "parameters": {"key\x00": 1}}},
        "recordExecution(input:)",
        "input",
    ),
    ("query($v: String! = \"a\\u0000\") { tag(name: $v) { name } }", {}, "$v", "v"),
]


@pytest.mark.parametrize(("document", "variables", "label", "argument"), CASES)
async def test_a_nul_character_in_any_string_argument_is_bad_user_input(
    clean_db: Database, document: str, variables: dict[str, Any], label: str, argument: str
) -> None:
    async with clean_db.transaction() as session:
        user = await make_user(session)
        script = await make_script(session, author=user)
    script_id = str(relay.GlobalID("Script", str(script.id)))
    variables = {**variables, **({"id": script_id} if "$id" in document else {})}
    if "i" in variables and "status" in variables["i"]:
        variables["i"] = {**variables["i"], "scriptId": script_id}
    result = await execute(clean_db, document, variables, viewer=viewer_of(user))
    assert result.data is None
    [error] = result.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "argument": argument}
    assert f"`{label}` contains a NUL character" in error.message
    async with clean_db.read() as session:  # nothing written
        assert await session.scalar(select(func.count()).select_from(models.Script)) == 1
        assert await session.scalar(select(func.count()).select_from(models.Comment)) == 0


def test_strings_without_nul_pass_and_a_typed_backslash_u0000_is_not_a_nul() -> None:
    document = parse("query($v: String!) { tag(name: $v) { name } }")
    assert nul_error(document, {"v": "\\u0000 is how JSON writes it"}) is None
    assert nul_error(document, {"v": "tab\tand\nnewline"}) is None


@pytest.mark.parametrize("content", ["Get-Date\x01", "Write-Host 'x'\n\x1b[31m", "\x7fGet-Date"])
async def test_script_content_with_control_characters_is_content_not_text(clean_db: Database, content: str) -> None:
    async with clean_db.transaction() as session:
        user = await make_user(session)
    result = await execute(
        clean_db,
        "mutation($i: CreateScriptInput!) { createScript(input: $i) { script { id } errors { code field message } } }",
        {"i": {"title": "binary", "content": content}},
        viewer=viewer_of(user),
    )
    assert result.errors is None
    [error] = result.data["createScript"]["errors"]
    assert error["code"] == "CONTENT_NOT_TEXT" and error["field"] == ["input", "content"]
    assert result.data["createScript"]["script"] is None


async def test_tabs_and_line_breaks_are_text(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        user = await make_user(session)
    result = await execute(
        clean_db,
        "mutation($i: CreateScriptInput!) { createScript(input: $i) { script { content } errors { code } } }",
        {"i": {"title": "text", "content": "if ($x) {\r\n\tGet-Date\r\n}\n"}},
        viewer=viewer_of(user),
    )
    assert result.errors is None and result.data["createScript"]["errors"] == []
    assert result.data["createScript"]["script"]["content"] == "if ($x) {\r\n\tGet-Date\r\n}\n"
