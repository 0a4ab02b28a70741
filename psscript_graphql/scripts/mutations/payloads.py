"""Payloads shared by the script mutations, and what every one of them does after committing."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.analyses.service import enqueue_analysis
from psscript_graphql.context import Info
from psscript_graphql.core.mutations import Payload, forget_loaded
from psscript_graphql.db import models
from psscript_graphql.scripts.types import Script
from psscript_graphql.scripts.visibility import can_see


@strawberry.type(description="The script a mutation changed, as it is now.")
class ScriptPayload(Payload):
    script: Script | None = strawberry.field(default=None, description="The script after the change; null on failure.")


@strawberry.type(description="The result of a mutation that removed a script.")
class RemovedScriptPayload(Payload):
    script_id: relay.GlobalID | None = strawberry.field(default=None, description="ID of the removed script; null on failure.")


def fresh_script(info: Info, row: models.Script) -> Script | None:
    """The committed row as the payload's `script`; nested fields (versions, tags, counts) read
    afresh. Null if the viewer may no longer see it (e.g. a script they just deleted)."""
    loaders = forget_loaded(info.context)
    if not can_see(info.context.viewer, row):
        return None
    loaders.script_by_id.prime(row.id, row)
    return Script.from_row(row)


def script_global_id(script_id: int) -> relay.GlobalID:
    return relay.GlobalID("Script", str(script_id))


async def queue_analysis(info: Info, row: models.Script) -> None:
    """After a commit that may have changed the content: analyse it in the background.
    Idempotent per content hash, so an unchanged content queues nothing."""
    if info.context.jobs is not None:
        await enqueue_analysis(info.context.db, info.context.jobs, row.id, requested_by_id=info.context.viewer.id)
