"""createdAfter / createdBefore: a time without an offset is UTC; dates the database cannot
hold, and mixing times with and without an offset, are answered, never an internal error."""

from __future__ import annotations

import pytest

from psscript_graphql.db.session import Database
from tests.factories import make_script, make_user
from tests.support.graphql import execute, plain

COUNT = "query($f: ScriptFilter) { scripts(filter: $f) { totalCount } searchScripts(query: \"process\", filter: $f) { totalCount } }"


@pytest.mark.parametrize(
    ("filter_", "expected"),
    [
        ({"createdAfter": "0001-01-01T00:00:00.000001"}, 1),  # found by the fuzz: an internal error
        ({"createdAfter": "2000-01-01T00:00:00", "createdBefore": "9999-01-01T00:00:00+05:00"}, 1),  # naive vs aware
        ({"createdBefore": "2000-01-01T00:00:00Z"}, 0),
    ],
)
async def test_date_filters_compare_instants(clean_db: Database, filter_: dict, expected: int) -> None:
    async with clean_db.transaction() as session:
        await make_script(session, author=await make_user(session), content="Get-Process")
    result = await execute(clean_db, COUNT, {"f": filter_})
    assert result.errors is None, [e.formatted for e in result.errors]
    assert plain(result.data)["scripts"]["totalCount"] == expected


@pytest.mark.parametrize(
    ("filter_", "argument"),
    [({"createdAfter": "0001-01-01T00:00:00+01:00"}, "createdAfter"), ({"createdBefore": "9999-12-31T23:59:59-01:00"}, "createdBefore")],
)
async def test_dates_beyond_the_supported_range_are_bad_user_input(clean_db: Database, filter_: dict, argument: str) -> None:
    result = await execute(clean_db, "query($f: ScriptFilter) { scripts(filter: $f) { totalCount } }", {"f": filter_})
    [error] = result.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "argument": argument}
