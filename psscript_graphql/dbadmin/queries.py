"""Root field of database administration."""

from __future__ import annotations

import strawberry

from psscript_graphql.core.permissions import IsAdmin
from psscript_graphql.dbadmin.types import DatabaseAdmin


@strawberry.type
class DbAdminQueries:
    @strawberry.field(permission_classes=[IsAdmin], description="Admin: pool, table, index, cache and statement statistics.")
    def database_admin(self) -> DatabaseAdmin:
        return DatabaseAdmin()
