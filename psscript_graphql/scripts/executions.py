"""Recording a run of a script: one execution log row plus the script's run statistics.

The statistics change in one UPDATE whose SET expressions read the row's current values, so
concurrent recorders never lose a run: PostgreSQL serialises updates of a row and re-evaluates
the expressions (and the visibility condition) on the newest version of it. The log row is
inserted by the same statement.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Select, bindparam, case, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import EXECUTION_STATUSES
from psscript_graphql.scripts import access
from psscript_graphql.scripts.errors import ScriptErrorCode as Code
from psscript_graphql.scripts.visibility import visible_to_signed_in

MAX_EXECUTION_TIME_MS = 7 * 24 * 3600 * 1000.0  # a week: longer is a unit mistake, not a run
MAX_ERROR_MESSAGE = 10_000
MAX_PARAMETERS_BYTES = 64 * 1024


@dataclass(frozen=True)
class NewExecution:
    status: str
    execution_time_ms: float
    parameters: Mapping[str, Any] | None = None
    error_message: str | None = None
    ip_address: str | None = None


def _check(data: NewExecution) -> None:
    if data.status not in EXECUTION_STATUSES:
        raise DomainError(Code.INVALID_EXECUTION, f"Unknown status {data.status!r}.", field=("status",))
    if not (math.isfinite(data.execution_time_ms) and 0 <= data.execution_time_ms <= MAX_EXECUTION_TIME_MS):
        raise DomainError(
            Code.INVALID_EXECUTION,
            f"The execution time must be between 0 and {MAX_EXECUTION_TIME_MS:,.0f} ms (a week).",
            field=("executionTimeMs",),
        )
    if data.error_message is not None and len(data.error_message) > MAX_ERROR_MESSAGE:
        raise DomainError(
            Code.INVALID_EXECUTION, f"The error message must be at most {MAX_ERROR_MESSAGE:,} characters.", field=("errorMessage",)
        )
    if data.parameters is not None:
        if not isinstance(data.parameters, Mapping):
            raise DomainError(Code.INVALID_EXECUTION, "Parameters must be a JSON object of name → value.", field=("parameters",))
        if len(orjson.dumps(data.parameters)) > MAX_PARAMETERS_BYTES:
            raise DomainError(
                Code.INVALID_EXECUTION, f"Parameters must be at most {MAX_PARAMETERS_BYTES // 1024} KiB as JSON.", field=("parameters",)
            )


def _record_statement(admin: bool) -> Select[Any]:
    script, log = models.Script, models.ExecutionLog
    ms = bindparam("execution_time_ms", type_=log.execution_time_ms.type)
    stats = (
        update(script)
        .where(script.id == access.SCRIPT_ID, visible_to_signed_in(admin=admin, viewer_id=access.VIEWER_ID))
        .values(
            execution_count=script.execution_count + 1,
            # Running mean; a script whose earlier runs carried no timing starts from this run.
            average_execution_time_ms=case(
                (script.average_execution_time_ms.is_(None), ms),
                else_=(script.average_execution_time_ms * script.execution_count + ms) / (script.execution_count + 1),
            ),
            last_executed_at=func.now(),
        )
        .returning(*access.SCRIPT_COLUMNS)
        .cte("stats")
    )
    values = [bindparam(name, type_=log.__table__.c[name].type) for name in _LOG_VALUES]
    logged = (
        insert(log)
        .from_select(["script_id", "user_id", *_LOG_VALUES], select(stats.c.id, access.VIEWER_ID, *values))
        .returning(*log.__table__.c)
        .cte("logged")
    )
    script_row, log_row = aliased(script, stats), aliased(log, logged)
    return select(script_row, log_row).join(log_row, log_row.script_id == script_row.id)


_LOG_VALUES = ("status", "execution_time_ms", "parameters", "error_message", "ip_address")
_RECORD = access.by_role(_record_statement)


async def record_execution(
    session: AsyncSession, *, viewer: Viewer, script_id: int, data: NewExecution
) -> tuple[models.Script, models.ExecutionLog]:
    """Any signed-in viewer who may see the script may record a run of it.

    One statement, atomic in autocommit too: the UPDATE of the statistics matches only a live
    script the viewer may see (NOT_FOUND otherwise, nothing written), locks its row, and the
    log row is inserted from what it returns.
    """
    _check(data)
    assert viewer.id is not None
    params = {
        "script_id": script_id,
        "viewer_id": viewer.id,
        "status": data.status,
        "execution_time_ms": data.execution_time_ms,
        "parameters": dict(data.parameters) if data.parameters is not None else None,
        "error_message": data.error_message,
        "ip_address": data.ip_address,
    }
    row = (await session.execute(_RECORD[viewer.is_admin], params)).first()
    if row is None:
        raise access.not_found(("scriptId",))
    return row[0], row[1]
