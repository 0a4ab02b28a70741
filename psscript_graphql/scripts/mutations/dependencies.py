"""addDependency / removeDependency: edges of the script dependency graph (kept acyclic)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload, forget_loaded, in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.scripts import dependencies
from psscript_graphql.scripts.types import Script


@strawberry.type(description="The two scripts of a dependency edge, as they are now.")
class DependencyPayload(Payload):
    parent: Script | None = strawberry.field(default=None, description="The script that uses the other.")
    child: Script | None = strawberry.field(default=None, description="The script used.")


def _ids(parent_id: relay.GlobalID, child_id: relay.GlobalID) -> tuple[int, int]:
    return expect_global_id(parent_id, "Script", "parentId"), expect_global_id(child_id, "Script", "childId")


def _payload(info: Info, result: tuple | DomainError) -> DependencyPayload:
    if isinstance(result, DomainError):
        return DependencyPayload.failed(result)
    parent, child = result
    loaders = forget_loaded(info.context)
    for row in (parent, child):
        loaders.script_by_id.prime(row.id, row)
    return DependencyPayload(parent=Script.from_row(parent), child=Script.from_row(child))


@strawberry.type
class DependencyMutations:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Record that `parentId` uses `childId`. You must own the parent (or be an admin) and see the child. "
        "A self-link or a link closing a cycle is refused; the error names the cycle. Adding an existing link is a no-op.",
    )
    async def add_dependency(self, info: Info, parent_id: relay.GlobalID, child_id: relay.GlobalID) -> DependencyPayload:
        parent, child = _ids(parent_id, child_id)
        result = await in_transaction(
            info.context.db,
            lambda session: dependencies.add_dependency(session, viewer=info.context.viewer, parent_id=parent, child_id=child),
        )
        return _payload(info, result)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Remove the link from `parentId` to `childId` (owner of the parent or admin); NOT_FOUND if there is none.",
    )
    async def remove_dependency(self, info: Info, parent_id: relay.GlobalID, child_id: relay.GlobalID) -> DependencyPayload:
        parent, child = _ids(parent_id, child_id)
        result = await in_transaction(
            info.context.db,
            lambda session: dependencies.remove_dependency(session, viewer=info.context.viewer, parent_id=parent, child_id=child),
        )
        return _payload(info, result)
