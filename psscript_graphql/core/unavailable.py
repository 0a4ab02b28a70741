"""Failures that mean "the database cannot answer right now", not "this server has a bug".

A schema the code does not match (someone ran `migrate down` under a running server, or a replica
of newer code started before `migrate up`), a database that is restarting or unreachable, a pool
with no connection to spare: clients get SERVICE_UNAVAILABLE and should retry, and the log gets
one line, not a traceback per request.
"""

from __future__ import annotations

import asyncio

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

# SQLSTATEs of a schema that is not (yet, or any more) the one the code was written for.
SCHEMA_MISMATCH = {
    "42P01",  # undefined_table
    "42703",  # undefined_column
    "42883",  # undefined_function
    "42704",  # undefined_object (a type, a text search configuration)
}
# Classes and codes of a server that is going away, starting up, or not reachable.
UNAVAILABLE_CLASSES = ("08",)  # connection exceptions
UNAVAILABLE_CODES = {"57P01", "57P02", "57P03", "53300"}  # admin/crash shutdown, cannot connect now, too many connections

MESSAGE = "The database is unavailable or being migrated; try again shortly."


def _sqlstate(error: DBAPIError) -> str | None:
    original = error.orig
    return getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)


def is_database_unavailable(error: BaseException) -> bool:
    if isinstance(error, PoolTimeoutError | ConnectionError | asyncio.TimeoutError):
        return True
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        code = _sqlstate(error)
        if code is None:
            return False
        return code in SCHEMA_MISMATCH or code in UNAVAILABLE_CODES or code.startswith(UNAVAILABLE_CLASSES)
    return False


def describe(error: BaseException) -> str:
    """One line for the log: the database's own message without SQLAlchemy's background link."""
    original = getattr(error, "orig", None) or error
    return (str(original).strip() or type(original).__name__).splitlines()[0]
