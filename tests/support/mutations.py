"""Helpers for mutation tests: global IDs, a cast of users with scripts, row counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from strawberry import relay

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_script, make_user, make_version
from tests.support.graphql import run_with_errors, viewer_of


def gid(type_name: str, id: int) -> str:
    return str(relay.GlobalID(type_name, str(id)))


@dataclass
class Cast:
    """alice owns a public and a private script; bob is another user; admin is an admin."""

    alice: Viewer
    bob: Viewer
    admin: Viewer
    public: models.Script
    private: models.Script

    @property
    def public_id(self) -> str:
        return gid("Script", self.public.id)

    @property
    def private_id(self) -> str:
        return gid("Script", self.private.id)


async def make_cast(db: Database) -> Cast:
    async with db.transaction() as session:
        alice = await make_user(session, username="alice")
        bob = await make_user(session, username="bob")
        admin = await make_user(session, username="root", role="admin")
        public = await make_script(session, author=alice, title="Public one", is_public=True)
        private = await make_script(session, author=alice, title="Private one", is_public=False)
        for script in (public, private):
            await make_version(session, script=script)
    return Cast(viewer_of(alice), viewer_of(bob), viewer_of(admin), public, private)


async def count(db: Database, model: type, *conditions: Any) -> int:
    async with db.read() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*conditions))


async def mutate(db: Database, query: str, variables: dict[str, Any] | None, viewer: Viewer) -> dict[str, Any]:
    """The mutation's payload (the only field of `data`); fails on any top-level error."""
    data, errors = await run_with_errors(db, query, variables, viewer=viewer)
    assert not errors, errors
    (payload,) = data.values()
    return payload


def error_codes(payload: dict[str, Any]) -> list[tuple[str, list[str] | None]]:
    return [(error["code"], error["field"]) for error in payload["errors"]]


async def top_level_error(db: Database, query: str, variables: dict[str, Any] | None, viewer: Viewer) -> str:
    """The `extensions.code` of the one top-level error the operation must produce."""
    data, errors = await run_with_errors(db, query, variables, viewer=viewer)
    assert data is None and len(errors) == 1, (data, errors)
    return errors[0]["extensions"]["code"]
