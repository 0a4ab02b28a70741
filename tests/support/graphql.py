"""Run GraphQL in process against the real database, as a given viewer."""

from __future__ import annotations

from typing import Any

import orjson
from strawberry.types import ExecutionResult

from psscript_graphql.config import Settings
from psscript_graphql.context import Context
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema


# The resolvers alone, without the compiled read path: for tests of DataLoaders, look-ahead and
# the row and list caches, which compiled reads bypass.
RESOLVERS = Settings(compiled_reads=False)


def viewer_of(user: models.User) -> Viewer:
    return Viewer(id=user.id, role=user.role)


async def execute(
    db: Database,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    viewer: Viewer = ANONYMOUS,
    settings: Settings | None = None,
) -> ExecutionResult:
    context = Context(db=db, settings=settings or Settings(), request=None, request_id="test", viewer=viewer)
    return await schema.execute(query, variable_values=variables, context_value=context)


def plain(data: Any) -> Any:
    """`data` as a client reads it: a compiled answer holds each root field as the JSON text
    PostgreSQL printed (an `orjson.Fragment` the response encoder copies); parsed here."""
    return None if data is None else orjson.loads(orjson.dumps(data))


async def run(
    db: Database, query: str, variables: dict[str, Any] | None = None, *, viewer: Viewer = ANONYMOUS, settings: Settings | None = None
) -> Any:
    """Execute and return `data`; fail the test on any error."""
    result = await execute(db, query, variables, viewer=viewer, settings=settings)
    assert result.errors is None, [error.formatted for error in result.errors]
    return plain(result.data)


async def run_with_errors(
    db: Database,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    viewer: Viewer = ANONYMOUS,
    settings: Settings | None = None,
) -> tuple[Any, list[dict[str, Any]]]:
    result = await execute(db, query, variables, viewer=viewer, settings=settings)
    return plain(result.data), [error.formatted for error in (result.errors or [])]
