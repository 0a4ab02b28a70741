"""revertScript: a new version with the content of an earlier one."""

from __future__ import annotations

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models
from psscript_graphql.scripts import service
from psscript_graphql.scripts.mutations.payloads import AnalysedScriptPayload, analysis_job, dispatch_analysis, fresh_script


@strawberry.type(description="The reverted script (a new version) and the analysis job of its content.")
class RevertScriptPayload(AnalysedScriptPayload):
    pass


@strawberry.type
class RevertScriptMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Make the content of version `toVersion` current again, as a new version (history is kept). "
        "Owner or admin.",
    )
    async def revert_script(
        self,
        info: Info,
        id: relay.GlobalID,
        to_version: int,
        expected_version: int | None = None,
        commit_message: str | None = None,
    ) -> RevertScriptPayload:
        script_id = expect_global_id(id, "Script")

        async def revert(session: AsyncSession) -> tuple[models.Script, tuple[models.AnalysisJob, bool] | None]:
            row = await service.revert_script(
                session,
                viewer=info.context.viewer,
                script_id=script_id,
                to_version=to_version,
                expected_version=expected_version,
                commit_message=commit_message,
            )
            return row, await analysis_job(info, session, row)

        result = await in_transaction(info.context.db, revert)
        if isinstance(result, DomainError):
            return RevertScriptPayload.failed(result)
        row, job = result
        job_row = await dispatch_analysis(info, job)
        return RevertScriptPayload(script=fresh_script(info, row), job_row=job_row)
