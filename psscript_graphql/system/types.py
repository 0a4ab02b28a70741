"""Types describing the running server itself."""

from __future__ import annotations

import strawberry
from sqlalchemy import text

from psscript_graphql.context import Info
from psscript_graphql.db import migrate


@strawberry.type(description="The API server and the database behind it.")
class ServerInfo:
    version: str = strawberry.field(description="Version of the psscript-graphql package serving this request.")

    @strawberry.field(description="PostgreSQL server version, e.g. `18.6`.")
    async def database_version(self, info: Info) -> str:
        async with info.context.db.read() as session:
            return (await session.execute(text("SHOW server_version"))).scalar_one()

    @strawberry.field(description="Alembic revision the database is migrated to.")
    async def schema_revision(self, info: Info) -> str | None:
        async with info.context.db.read() as session:
            return await migrate.database_revision(await session.connection())
