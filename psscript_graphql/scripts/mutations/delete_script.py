"""deleteScript (soft), restoreScript and purgeScript (admin, for good)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import forget_loaded, in_transaction
from psscript_graphql.core.permissions import IsAdmin, IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.scripts import service
from psscript_graphql.scripts.mutations.payloads import RemovedScriptPayload, ScriptPayload, fresh_script, script_global_id


@strawberry.type
class DeleteScriptMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Soft-delete a script (owner or admin): it disappears for everyone but admins and can be restored.",
    )
    async def delete_script(self, info: Info, id: relay.GlobalID) -> RemovedScriptPayload:
        script_id = expect_global_id(id, "Script")
        result = await in_transaction(
            info.context.db, lambda session: service.delete_script(session, viewer=info.context.viewer, script_id=script_id)
        )
        if isinstance(result, DomainError):
            return RemovedScriptPayload.failed(result)
        forget_loaded(info.context)
        return RemovedScriptPayload(script_id=script_global_id(result.id))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Undo a soft delete (the owner or an admin). Restoring a script that is not deleted changes nothing.",
    )
    async def restore_script(self, info: Info, id: relay.GlobalID) -> ScriptPayload:
        script_id = expect_global_id(id, "Script")
        result = await in_transaction(
            info.context.db, lambda session: service.restore_script(session, viewer=info.context.viewer, script_id=script_id)
        )
        if isinstance(result, DomainError):
            return ScriptPayload.failed(result)
        return ScriptPayload(script=fresh_script(info, result))

    @strawberry.mutation(
        permission_classes=[IsAdmin],
        description="Admin: delete a script (live or soft-deleted) for good, with its versions, comments, "
        "favorites, logs, tags links and dependency edges.",
    )
    async def purge_script(self, info: Info, id: relay.GlobalID) -> RemovedScriptPayload:
        script_id = expect_global_id(id, "Script")
        result = await in_transaction(info.context.db, lambda session: service.purge_script(session, script_id=script_id))
        if isinstance(result, DomainError):
            return RemovedScriptPayload.failed(result)
        forget_loaded(info.context)
        return RemovedScriptPayload(script_id=script_global_id(result))
