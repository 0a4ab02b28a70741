"""recordExecution: log a run of a script and update its run statistics."""

from __future__ import annotations

import ipaddress

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.scripts import executions
from psscript_graphql.scripts.mutations.payloads import fresh_script
from psscript_graphql.scripts.types import ExecutionLog, ExecutionStatus, Script


@strawberry.input(description="One run of a script.")
class RecordExecutionInput:
    script_id: relay.GlobalID = strawberry.field(description="The script that ran (one you may see).")
    status: ExecutionStatus = strawberry.field(description="How the run ended.")
    execution_time_ms: float = strawberry.field(description="Duration in ms: 0 to 604,800,000 (a week).")
    parameters: JSON | None = strawberry.field(
        default=None, description=f"Parameters as a JSON object, at most {executions.MAX_PARAMETERS_BYTES // 1024} KiB."
    )
    error_message: str | None = strawberry.field(
        default=None, description=f"Error output of a failed run, at most {executions.MAX_ERROR_MESSAGE:,} characters."
    )


@strawberry.type(description="The recorded run and the script's updated statistics.")
class RecordExecutionPayload(Payload):
    script: Script | None = strawberry.field(default=None, description="The script with its new executionCount and average.")
    execution_log: ExecutionLog | None = strawberry.field(
        default=None, description="The log entry you recorded."
    )


def _client_ip(info: Info) -> str | None:
    """The peer's address for the log's INET column; None when the peer is not an IP (a unix
    socket, an ASGI test client) rather than a failed insert."""
    request = info.context.request
    host = request.client.host if request is not None and request.client else None
    try:
        return str(ipaddress.ip_address(host)) if host else None
    except ValueError:
        return None


@strawberry.type
class RecordExecutionMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Record a run of a script you may see: a log entry, and executionCount, "
        "averageExecutionTimeMs and lastExecutedAt updated together.",
    )
    async def record_execution(self, info: Info, input: RecordExecutionInput) -> RecordExecutionPayload:
        script_id = expect_global_id(input.script_id, "Script", "input.scriptId")
        data = executions.NewExecution(
            status=input.status.value,
            execution_time_ms=input.execution_time_ms,
            parameters=input.parameters,
            error_message=input.error_message,
            ip_address=_client_ip(info),
        )
        viewer = info.context.viewer
        try:
            async with info.context.db.autocommit() as session:  # one statement: no BEGIN/COMMIT needed
                script, log = await executions.record_execution(session, viewer=viewer, script_id=script_id, data=data)
        except DomainError as error:
            return RecordExecutionPayload.failed(error.under("input"))
        return RecordExecutionPayload(
            script=fresh_script(info, script),
            execution_log=ExecutionLog.from_row(log),
        )
