"""Favorite mutations: favoriteScript, unfavoriteScript (both idempotent)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models
from psscript_graphql.favorites import service
from psscript_graphql.scripts.mutations.payloads import ScriptPayload, fresh_script


async def _in_one_statement(info: Info, write: Callable[..., Awaitable[models.Script]], script_id: int) -> ScriptPayload:
    """The service's write is one statement: autocommit, no BEGIN/COMMIT round trips."""
    try:
        async with info.context.db.autocommit() as session:
            row = await write(session, viewer=info.context.viewer, script_id=script_id)
    except DomainError as error:
        return ScriptPayload.failed(error)
    return ScriptPayload(script=fresh_script(info, row))


@strawberry.type
class FavoriteMutations:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Star a script you may see; starring it again changes nothing. The payload's script has the new "
        "`isFavorite` and `favoriteCount`.",
    )
    async def favorite_script(self, info: Info, script_id: relay.GlobalID) -> ScriptPayload:
        return await _in_one_statement(info, service.favorite_script, expect_global_id(script_id, "Script", "scriptId"))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Remove your star from a script you may see; no star, no change."
    )
    async def unfavorite_script(self, info: Info, script_id: relay.GlobalID) -> ScriptPayload:
        return await _in_one_statement(info, service.unfavorite_script, expect_global_id(script_id, "Script", "scriptId"))
