"""The schema: each domain's Query/Mutation classes combined into the root types."""

from __future__ import annotations

import strawberry

from psscript_graphql.system.queries import SystemQueries


@strawberry.type(description="Everything that can be read.")
class Query(SystemQueries):
    pass


schema = strawberry.Schema(query=Query)


def export_sdl() -> str:
    """The SDL written to schema.graphql; a test keeps the file equal to this."""
    return schema.as_str() + "\n"
