"""setScriptTags: replace a script's tags."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.scripts import service
from psscript_graphql.scripts.mutations.payloads import ScriptPayload, fresh_script
from psscript_graphql.tags.service import TAG_RULE


@strawberry.type
class SetScriptTagsMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description=f"Replace a script's tags with `tags` (owner or admin); new tag names are created. {TAG_RULE}",
    )
    async def set_script_tags(self, info: Info, id: relay.GlobalID, tags: list[str]) -> ScriptPayload:
        script_id = expect_global_id(id, "Script")
        result = await in_transaction(
            info.context.db,
            lambda session: service.set_script_tags(session, viewer=info.context.viewer, script_id=script_id, tags=tags),
        )
        if isinstance(result, DomainError):
            return ScriptPayload.failed(result)
        return ScriptPayload(script=fresh_script(info, result))
