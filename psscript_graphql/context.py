"""The per-request context every resolver receives as `info.context`."""

from __future__ import annotations

from dataclasses import dataclass

import strawberry
from starlette.requests import HTTPConnection

from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database


@dataclass
class Context:
    db: Database
    settings: Settings
    request: HTTPConnection | None
    request_id: str


Info = strawberry.Info[Context, None]
