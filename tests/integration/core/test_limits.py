"""Guard rails on documents: depth, aliases, tokens, directives, cost, introspection, suggestions;
unexpected errors masked with a request id, an unavailable database said to be one. Each refused document runs nothing."""

from __future__ import annotations

import logging

import orjson
import pytest
from graphql import parse
from sqlalchemy.engine import make_url

from psscript_graphql.config import Settings
from psscript_graphql.core.extensions.cost import operation_cost
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.support.graphql import execute, run_with_errors
from tests.support.postgres import PostgresForTests

TIGHT = Settings(max_query_depth=4, max_aliases=2, max_tokens=60, max_directives=2, max_query_cost=50)


def codes(errors: list[dict]) -> list[str | None]:
    return [error.get("extensions", {}).get("code") for error in errors]


async def test_a_query_deeper_than_the_limit_is_refused(clean_db: Database) -> None:
    shallow = "{ scripts { nodes { author { username } } } }"
    deep = "{ scripts { nodes { author { scripts { nodes { title } } } } } }"
    assert (await run_with_errors(clean_db, shallow, settings=TIGHT))[1] == []
    data, errors = await run_with_errors(clean_db, deep, settings=TIGHT)
    assert data is None and "exceeds maximum operation depth of 4" in errors[0]["message"]
    assert codes(errors) == ["GRAPHQL_VALIDATION_FAILED"]


async def test_introspection_does_not_count_against_the_depth_limit(clean_db: Database) -> None:
    query = "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }"
    assert (await run_with_errors(clean_db, query, settings=TIGHT))[1] == []


async def test_too_many_aliases_are_refused(clean_db: Database) -> None:
    data, errors = await run_with_errors(clean_db, "{ a: serverInfo { version } b: serverInfo { version } c: serverInfo { version } }", settings=TIGHT)
    assert data is None and "aliases" in errors[0]["message"]


async def test_too_many_tokens_are_refused_before_parsing_finishes(clean_db: Database) -> None:
    query = "{ " + " ".join(["serverInfo { version }"] * 20) + " }"
    data, errors = await run_with_errors(clean_db, query, settings=TIGHT)
    assert data is None and "more than 60 tokens" in errors[0]["message"]
    assert codes(errors) == ["GRAPHQL_PARSE_FAILED"]


async def test_too_many_directives_are_refused(clean_db: Database) -> None:
    query = "{ serverInfo { version @skip(if: false) databaseVersion @skip(if: false) schemaRevision @skip(if: false) } }"
    data, errors = await run_with_errors(clean_db, query, settings=TIGHT)
    assert data is None and codes(errors) == ["TOO_MANY_DIRECTIVES"]


def test_cost_grows_with_requested_page_sizes() -> None:
    def cost(query: str, variables: dict | None = None) -> int:
        return operation_cost(schema._schema, parse(query), None, variables)

    small = cost("{ scripts(first: 10) { nodes { title author { username } } } }")
    large = cost("{ scripts(first: 100) { nodes { title author { username } } } }")
    nested = cost("query($n: Int) { scripts(first: 100) { edges { node { comments(first: $n) { nodes { author { username } } } } } } }", {"n": 50})
    # connection 1 + page × (nodes 1 + author 1)
    assert (small, large) == (1 + 10 * 2, 1 + 100 * 2)
    # 1 + 100 × (edges 1 + node 1 + comments (1 + 50 × (nodes 1 + author 1)))
    assert nested == 1 + 100 * (1 + 1 + 1 + 50 * 2)
    assert cost("{ scripts { totalCount } }") == 1  # scalars are free; the default page counts only what is selected


async def test_a_too_costly_query_is_refused_with_its_cost_and_runs_nothing(clean_db: Database) -> None:
    query = "{ scripts(first: 100) { nodes { author { username } comments(first: 10) { nodes { content } } } } }"
    result = await execute(clean_db, query, settings=TIGHT)
    assert result.data is None
    [error] = result.errors
    cost = 1 + 100 * (1 + 1 + (1 + 10 * 1))  # nodes, author, comments (1 + 10 × nodes)
    assert error.extensions == {"code": "QUERY_TOO_COSTLY", "cost": cost, "maximumCost": 50}
    assert result.extensions["cost"] == {"requested": cost, "maximum": 50}


async def test_a_cost_past_what_json_numbers_hold_is_reported_as_the_largest_safe_integer(clean_db: Database) -> None:
    big = "first: 2147483647"
    query = f"{{ scripts({big}) {{ nodes {{ comments({big}) {{ nodes {{ author {{ scripts({big}) {{ nodes {{ versions({big}) {{ nodes {{ id }} }} }} }} }} }} }} }} }} }}"
    assert operation_cost(schema._schema, parse(query), None, None) == 2**53 - 1
    data, errors = await run_with_errors(clean_db, query)
    assert data is None and codes(errors) == ["QUERY_TOO_COSTLY"] and errors[0]["extensions"]["cost"] == 2**53 - 1
    orjson.dumps(errors)  # what the HTTP layer encodes: a 64-bit overflow was an internal error


async def test_every_response_reports_its_cost(clean_db: Database) -> None:
    result = await execute(clean_db, "{ scripts(first: 5) { nodes { title author { username } } } }")
    assert result.errors is None and result.extensions["cost"] == {"requested": 1 + 5 * 2, "maximum": 10_000}


async def test_production_turns_introspection_and_suggestions_off(clean_db: Database) -> None:
    production = Settings(production=True)
    data, errors = await run_with_errors(clean_db, "{ __schema { queryType { name } } }", settings=production)
    assert data is None and "introspection" in errors[0]["message"].lower()
    _, typo = await run_with_errors(clean_db, "{ scripts { nodes { titel } } }", settings=production)
    assert "Did you mean" not in typo[0]["message"] and "titel" in typo[0]["message"]
    _, helpful = await run_with_errors(clean_db, "{ scripts { nodes { titel } } }")
    assert "Did you mean 'title'?" in helpful[0]["message"]  # development keeps them


async def test_unexpected_errors_are_masked_with_the_request_id_and_logged(
    pg_server: PostgresForTests, fresh_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    # A role that may connect but may not read the tables: a misconfiguration, not an outage.
    await pg_server.admin("DROP ROLE IF EXISTS psscript_no_grants")
    await pg_server.admin("CREATE ROLE psscript_no_grants LOGIN PASSWORD 'secret'")
    url = make_url(fresh_database).set(username="psscript_no_grants", password="secret")
    denied = Database.from_settings(Settings(db_pool_min=0), url.render_as_string(hide_password=False))
    try:
        with caplog.at_level(logging.ERROR, logger="psscript_graphql.errors"):
            result = await execute(denied, "{ scripts { totalCount } }")
    finally:
        await denied.dispose()
        await pg_server.admin("DROP OWNED BY psscript_no_grants")
        await pg_server.admin("DROP ROLE psscript_no_grants")
    [error] = result.errors
    assert error.message == "Internal server error. Quote request id test when reporting it."
    assert error.extensions == {"code": "INTERNAL_SERVER_ERROR", "requestId": "test"}
    assert "permission" not in str(error.formatted) and "scripts" not in error.message
    [record] = [r for r in caplog.records if r.name == "psscript_graphql.errors"]
    assert "request test" in record.getMessage() and record.exc_info is not None


async def test_an_unreachable_database_answers_service_unavailable_and_logs_one_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A database nobody listens on: the client may retry; there is no bug to report.
    unreachable = Database.from_settings(
        Settings(db_pool_timeout=2), "postgresql+asyncpg://nobody:secret@127.0.0.1:9/psscript"
    )
    try:
        with caplog.at_level(logging.WARNING, logger="psscript_graphql.errors"):
            result = await execute(unreachable, "{ scripts { totalCount } }")
    finally:
        await unreachable.dispose()
    [error] = result.errors
    assert error.message == "The database is unavailable or being migrated; try again shortly."
    assert error.extensions == {"code": "SERVICE_UNAVAILABLE", "requestId": "test"}
    assert "secret" not in str(error.formatted) and "127.0.0.1" not in str(error.formatted)
    [record] = [r for r in caplog.records if r.name == "psscript_graphql.errors"]
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "database unavailable in anonymous operation at scripts (request test)" in record.getMessage()
