"""Every top-level error carries `extensions.code`; mutation errors are typed `UserErrorCode` values."""

from __future__ import annotations

import pytest

from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import run, run_with_errors, viewer_of

SCRIPT_BY_VARIABLE = "query($id: ID!) { script(id: $id) { id } }"


@pytest.mark.parametrize(
    ("query", "variables", "code"),
    [
        # a malformed global ID, as a variable, inline, and through node()
        (SCRIPT_BY_VARIABLE, {"id": "not-base64!!"}, "BAD_USER_INPUT"),
        ('{ script(id: "not-base64!!") { id } }', None, "BAD_USER_INPUT"),
        ('{ node(id: "%%%") { id } }', None, "BAD_USER_INPUT"),
        # well-formed, but of another type or with a non-numeric id
        (SCRIPT_BY_VARIABLE, {"id": "VXNlcjox"}, "BAD_USER_INPUT"),
        (SCRIPT_BY_VARIABLE, {"id": "U2NyaXB0Onh4"}, "BAD_USER_INPUT"),
        # variable values graphql-core cannot coerce
        ("query($n: Int) { scripts(first: $n) { totalCount } }", {"n": "x"}, "BAD_USER_INPUT"),
        ("query($n: Int!) { scripts(first: $n) { totalCount } }", {}, "BAD_USER_INPUT"),
        ("query($n: Int!) { scripts(first: $n) { totalCount } }", {"n": None}, "BAD_USER_INPUT"),
        ("query($f: ScriptFilter) { scripts(filter: $f) { totalCount } }", {"f": {"nope": 1}}, "BAD_USER_INPUT"),
        ("query($o: ScriptOrder) { scripts(orderBy: $o) { totalCount } }", {"o": {"field": "SIZE"}}, "BAD_USER_INPUT"),
        # argument values our resolvers refuse
        ("{ scripts(first: 1000) { totalCount } }", None, "BAD_USER_INPUT"),
        # the document itself
        ('{ scripts(first: "x") { totalCount } }', None, "GRAPHQL_VALIDATION_FAILED"),
        ("query($n: Int) { scripts { totalCount } }", {"n": 1}, "GRAPHQL_VALIDATION_FAILED"),
        ("query($n: Int) { scripts(first: $m) { totalCount } }", {"n": 1}, "GRAPHQL_VALIDATION_FAILED"),
        ("{ scripts { nope } }", None, "GRAPHQL_VALIDATION_FAILED"),
        ("{ scripts { ", None, "GRAPHQL_PARSE_FAILED"),
        # role gates
        ("{ me { id } databaseAdmin { cacheHitRatio { database } } }", None, "UNAUTHENTICATED"),
    ],
)
async def test_every_top_level_error_has_a_code(clean_db: Database, query: str, variables: dict | None, code: str) -> None:
    _data, errors = await run_with_errors(clean_db, query, variables)
    assert errors, "the request must fail"
    assert {error.get("extensions", {}).get("code") for error in errors} == {code}, errors


async def test_a_malformed_global_id_says_what_is_wrong(clean_db: Database) -> None:
    _data, errors = await run_with_errors(clean_db, SCRIPT_BY_VARIABLE, {"id": "not-base64!!"})
    assert errors[0]["message"].startswith("Value cannot represent a GlobalID") and errors[0]["path"] == ["script"]


async def test_mutation_errors_are_user_error_code_enum_values(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        viewer = viewer_of(await factories.make_user(session))
    data = await run(
        clean_db, 'mutation { createScript(input: {title: " ", content: "Get-Date"}) { errors { code field } } }', viewer=viewer
    )
    assert data["createScript"]["errors"] == [{"code": "INVALID_TITLE", "field": ["input", "title"]}]
    introspected = await run(clean_db, '{ __type(name: "UserError") { fields { name type { ofType { name kind } } } } }')
    code = next(field for field in introspected["__type"]["fields"] if field["name"] == "code")
    assert code["type"]["ofType"] == {"name": "UserErrorCode", "kind": "ENUM"}
