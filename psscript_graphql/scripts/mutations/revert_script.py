"""revertScript: a new version with the content of an earlier one."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.scripts import service
from psscript_graphql.scripts.mutations.payloads import ScriptPayload, fresh_script, queue_analysis


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
    ) -> ScriptPayload:
        script_id = expect_global_id(id, "Script")
        result = await in_transaction(
            info.context.db,
            lambda session: service.revert_script(
                session,
                viewer=info.context.viewer,
                script_id=script_id,
                to_version=to_version,
                expected_version=expected_version,
                commit_message=commit_message,
            ),
        )
        if isinstance(result, DomainError):
            return ScriptPayload.failed(result)
        await queue_analysis(info, result)
        return ScriptPayload(script=fresh_script(info, result))
