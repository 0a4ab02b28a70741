"""Root fields about the server."""

from __future__ import annotations

import strawberry

from psscript_graphql.system.types import ServerInfo
from psscript_graphql.version import VERSION


@strawberry.type
class SystemQueries:
    @strawberry.field(description="Version information about this server and its database.")
    def server_info(self) -> ServerInfo:
        return ServerInfo(version=VERSION)
