"""Favorite mutations: favoriteScript, unfavoriteScript (both idempotent)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.favorites import service
from psscript_graphql.scripts.mutations.payloads import ScriptPayload, fresh_script


@strawberry.type
class FavoriteMutations:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Star a script you may see; starring it again changes nothing. The payload's script has the new "
        "`isFavorite` and `favoriteCount`.",
    )
    async def favorite_script(self, info: Info, script_id: relay.GlobalID) -> ScriptPayload:
        id = expect_global_id(script_id, "Script", "scriptId")
        result = await in_transaction(
            info.context.db, lambda session: service.favorite_script(session, viewer=info.context.viewer, script_id=id)
        )
        return ScriptPayload.failed(result) if isinstance(result, DomainError) else ScriptPayload(script=fresh_script(info, result))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Remove your star from a script you may see; no star, no change."
    )
    async def unfavorite_script(self, info: Info, script_id: relay.GlobalID) -> ScriptPayload:
        id = expect_global_id(script_id, "Script", "scriptId")
        result = await in_transaction(
            info.context.db, lambda session: service.unfavorite_script(session, viewer=info.context.viewer, script_id=id)
        )
        return ScriptPayload.failed(result) if isinstance(result, DomainError) else ScriptPayload(script=fresh_script(info, result))
