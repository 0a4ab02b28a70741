"""Recording a run of a script: one execution log row plus the script's run statistics.

The statistics change in one UPDATE whose SET expressions read the row's current values, so
concurrent recorders never lose a run: PostgreSQL serialises updates of a row and re-evaluates
the expressions on the newest version of it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import case, func, update
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import EXECUTION_STATUSES
from psscript_graphql.scripts.access import Lock, find_visible
from psscript_graphql.scripts.errors import ScriptErrorCode as Code

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


async def record_execution(
    session: AsyncSession, *, viewer: Viewer, script_id: int, data: NewExecution
) -> tuple[models.Script, models.ExecutionLog]:
    """Any signed-in viewer who may see the script may record a run of it."""
    _check(data)
    await find_visible(session, viewer, script_id, field=("scriptId",), lock=Lock.KEY_SHARE)
    log = models.ExecutionLog(
        script_id=script_id,
        user_id=viewer.id,
        status=data.status,
        execution_time_ms=data.execution_time_ms,
        parameters=dict(data.parameters) if data.parameters is not None else None,
        error_message=data.error_message,
        ip_address=data.ip_address,
    )
    session.add(log)
    await session.flush()
    script = models.Script
    stats = (
        update(script)
        .where(script.id == script_id)
        .values(
            execution_count=script.execution_count + 1,
            # Running mean; a script whose earlier runs carried no timing starts from this run.
            average_execution_time_ms=case(
                (script.average_execution_time_ms.is_(None), data.execution_time_ms),
                else_=(script.average_execution_time_ms * script.execution_count + data.execution_time_ms)
                / (script.execution_count + 1),
            ),
            last_executed_at=func.now(),
        )
        .returning(script)
        .execution_options(populate_existing=True)
    )
    row = (await session.execute(stats)).scalar_one()
    return row, log
