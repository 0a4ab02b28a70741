"""Admin maintenance mutations: VACUUM (ANALYZE) a table, purge old execution logs."""

from __future__ import annotations

from datetime import datetime

import strawberry

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload
from psscript_graphql.core.permissions import IsAdmin
from psscript_graphql.dbadmin import retention, service
from psscript_graphql.dbadmin.errors import DbAdminErrorCode
from psscript_graphql.dbadmin.types import TableStats


@strawberry.type(description="The table after VACUUM (ANALYZE).")
class VacuumAnalyzePayload(Payload):
    table: TableStats | None = strawberry.field(default=None, description="Its statistics after the run.")


@strawberry.type(description="How many execution logs were deleted.")
class PurgeExecutionLogsPayload(Payload):
    deleted: int = strawberry.field(default=0, description="Rows deleted.")
    cutoff: datetime | None = strawberry.field(default=None, description="Logs created before this moment were deleted.")


@strawberry.type
class DbAdminMutations:
    @strawberry.mutation(
        permission_classes=[IsAdmin],
        description="Admin: VACUUM (ANALYZE) one of our tables (by table name, e.g. `scripts`); reclaims dead rows, refreshes planner statistics.",
    )
    async def vacuum_analyze(self, info: Info, table: str) -> VacuumAnalyzePayload:
        try:
            stats = await service.vacuum_analyze(info.context.db, table)
        except DomainError as error:
            return VacuumAnalyzePayload.failed(error)
        return VacuumAnalyzePayload(table=TableStats.from_stats(stats))

    @strawberry.mutation(
        permission_classes=[IsAdmin],
        description=(
            "Admin: delete execution logs older than `olderThanDays` days now (the server also does this "
            "periodically, keeping EXECUTION_LOG_RETENTION_DAYS)."
        ),
    )
    async def purge_execution_logs(self, info: Info, older_than_days: int) -> PurgeExecutionLogsPayload:
        if not 1 <= older_than_days <= retention.MAX_RETENTION_DAYS:
            return PurgeExecutionLogsPayload.failed(
                DomainError(
                    DbAdminErrorCode.OUT_OF_RANGE,
                    f"olderThanDays must be between 1 and {retention.MAX_RETENTION_DAYS}.",
                    field=("olderThanDays",),
                )
            )
        result = await retention.purge_execution_logs(info.context.db.engine, older_than_days=older_than_days)
        return PurgeExecutionLogsPayload(deleted=result.deleted, cutoff=result.cutoff)
