"""What the differential tests share: the seeded database's samples and viewers, the
resolvers-only reference settings, a response as bytes, and a ready-to-paste failure report."""

from __future__ import annotations

import base64
from typing import Any

import orjson
from sqlalchemy import func, select

from psscript_graphql.accounts.queries import BY_USERNAME
from psscript_graphql.categories.queries import BY_NAME as CATEGORIES_BY_NAME
from psscript_graphql.comments.loaders import NEWEST_COMMENTS, OLDEST_COMMENTS
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.core.relay import Ordering, encode_cursor
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.favorites.loaders import NEWEST_FAVORITES_OF_SCRIPT, NEWEST_FAVORITES_OF_USER
from psscript_graphql.scripts.filters import OrderDirection, ScriptOrder, ScriptOrderField, script_ordering
from psscript_graphql.scripts.orderings import NEWEST_LOGS, NEWEST_SCRIPTS, NEWEST_VERSIONS
from psscript_graphql.tags.queries import BY_NAME as TAGS_BY_NAME
from tests.support.query_generator import Samples

# The owner viewer owns the first live private script (which carries the private-only tag).
LIVE_PRIVATE = (models.Script.is_public.is_(False), models.Script.deleted_at.is_(None))
REFERENCE = Settings(compiled_reads=False)


def gid(type_name: str, key: object) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


async def _cursors(db: Database, ordering: Ordering, model: type, count: int = 4) -> list[str]:
    async with db.read() as session:
        rows = (await session.execute(select(*ordering.columns).select_from(model).order_by(func.random()).limit(count))).all()
    return [encode_cursor(ordering, list(row)) for row in rows]


async def samples_of(db: Database) -> Samples:
    cursors: dict[str, list[str]] = {}
    for field_ in ScriptOrderField:
        for direction in OrderDirection:
            ordering = script_ordering(ScriptOrder(field=field_, direction=direction))
            cursors[f"Query.scripts:{field_.value}:{direction.value}"] = await _cursors(db, ordering, models.Script)
    newest = await _cursors(db, NEWEST_SCRIPTS, models.Script)
    for key in ("User.scripts", "Category.scripts", "Tag.scripts", "Script.dependencies", "Script.dependents"):
        cursors[key] = newest
    cursors["Script.versions"] = await _cursors(db, NEWEST_VERSIONS, models.ScriptVersion)
    cursors["Script.comments"] = await _cursors(db, OLDEST_COMMENTS, models.Comment)
    cursors["User.comments"] = await _cursors(db, NEWEST_COMMENTS, models.Comment)
    cursors["Script.favoritedBy"] = await _cursors(db, NEWEST_FAVORITES_OF_SCRIPT, models.Favorite)
    cursors["User.favorites"] = await _cursors(db, NEWEST_FAVORITES_OF_USER, models.Favorite)
    cursors["Query.users"] = await _cursors(db, BY_USERNAME, models.User)
    cursors["Query.categories"] = await _cursors(db, CATEGORIES_BY_NAME, models.Category)
    cursors["Query.tags"] = await _cursors(db, TAGS_BY_NAME, models.Tag)
    cursors["Script.executionLogs"] = await _cursors(db, NEWEST_LOGS, models.ExecutionLog)
    async with db.read() as session:
        scripts = (await session.execute(select(models.Script.id, models.Script.is_public, models.Script.deleted_at))).all()
        private = [s.id for s in scripts if not s.is_public][:4]
        deleted = [s.id for s in scripts if s.deleted_at is not None][:3]
        # The runs recorded last (tests/support/recorded_runs.py) and the scripts they ran.
        runs = (await session.execute(select(models.ExecutionLog.id, models.ExecutionLog.script_id).order_by(models.ExecutionLog.id.desc()).limit(6))).all()
        ran = sorted({r.script_id for r in runs})
        node_ids = [gid("Script", i) for i in [scripts[0].id, scripts[5].id, *private, *deleted, *ran, *ran, 999_999]]
        node_ids += [gid("ExecutionLog", r.id) for r in runs]
        node_ids += [gid("Script", "abc")]
        for model, type_name in (
            (models.User, "User"), (models.Category, "Category"), (models.Tag, "Tag"),
            (models.ScriptVersion, "ScriptVersion"), (models.Comment, "Comment"), (models.ScriptAnalysis, "ScriptAnalysis"),
            (models.ExecutionLog, "ExecutionLog"),
        ):
            ids = list(await session.scalars(select(model.id).order_by(func.random()).limit(3)))
            node_ids += [gid(type_name, i) for i in ids]
        for model, type_name in ((models.ScriptVersion, "ScriptVersion"), (models.Comment, "Comment")):
            hidden = await session.scalar(select(model.id).where(model.script_id.in_(private + deleted)).limit(1))
            if hidden is not None:
                node_ids.append(gid(type_name, hidden))
        users = (await session.execute(select(models.User.id, models.User.username))).all()
        tags = list(await session.scalars(select(models.Tag.name)))
        categories = list(await session.scalars(select(models.Category.id)))
        created = list(await session.scalars(select(models.Script.created_at).order_by(func.random()).limit(4)))
    for key, found in list(cursors.items()):
        cursors[key] = found * 3 + [cursors["Query.users"][0], "not-a-cursor"]  # sometimes another list's, or garbage
    return Samples(
        cursors=cursors,
        node_ids=node_ids,
        tag_names=tags + ["no-such-tag"],
        category_ids=[gid("Category", c) for c in categories] + [gid("User", 1)],
        user_ids=[gid("User", u.id) for u in users],
        usernames=[u.username for u in users],
        words=["backup", "disk", "\"event log\"", "user -test", "Get-ChildItem"],
        datetimes=[c.isoformat() for c in created],
    )


async def viewers_of(db: Database) -> dict[str, Viewer]:
    async with db.read() as session:
        owner = await session.scalar(select(models.Script.author_id).where(*LIVE_PRIVATE).order_by(models.Script.id).limit(1))
        other = await session.scalar(select(models.User.id).where(models.User.id != owner, models.User.role == "user").limit(1))
        admin = await session.scalar(select(models.User.id).where(models.User.role == "admin").limit(1))
    return {"anonymous": ANONYMOUS, "owner": Viewer(id=owner, role="user"), "other": Viewer(id=other, role="user"), "admin": Viewer(id=admin, role="admin")}


def response_bytes(result: Any) -> bytes:
    return orjson.dumps({"data": result.data, "errors": [e.formatted for e in result.errors or []], "extensions": result.extensions})


def report(viewer: str, case: int, document: str, variables: dict[str, Any], got: bytes, expected: bytes) -> str:
    at = next((i for i in range(min(len(got), len(expected))) if got[i] != expected[i]), min(len(got), len(expected)))
    return (
        f"\nviewer: {viewer}, case {case}\ndocument:\n{document}\nvariables: {orjson.dumps(variables).decode()}\n"
        f"compiled: …{got[max(0, at - 200): at + 1500].decode(errors='replace')}\nresolvers: …{expected[max(0, at - 200): at + 120]!r}"
    )
