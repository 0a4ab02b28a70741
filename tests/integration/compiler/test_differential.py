"""The compiled read path answers exactly what the resolvers answer.

Thousands of random valid queries (tests/support/query_generator.py) for four viewers —
anonymous, a script owner with private scripts, another user, an admin — on seeded data with
private, soft-deleted and uncategorised scripts: every response the compiler produces must be
byte-equal to the resolvers' (`COMPILED_READS=false`). A failing case prints a ready-to-paste
document and its variables.
"""

from __future__ import annotations

import base64
import time
from typing import Any

import orjson
import pytest
from sqlalchemy import func, select, update

from psscript_graphql.accounts.queries import BY_USERNAME
from psscript_graphql.categories.queries import BY_NAME as CATEGORIES_BY_NAME
from psscript_graphql.tags.queries import BY_NAME as TAGS_BY_NAME
from psscript_graphql.comments.loaders import NEWEST_COMMENTS, OLDEST_COMMENTS
from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.core.relay import Ordering, encode_cursor
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.favorites.loaders import NEWEST_FAVORITES_OF_SCRIPT, NEWEST_FAVORITES_OF_USER
from psscript_graphql.schema import schema
from psscript_graphql.scripts.filters import OrderDirection, ScriptOrder, ScriptOrderField, script_ordering
from psscript_graphql.scripts.orderings import NEWEST_LOGS, NEWEST_SCRIPTS, NEWEST_VERSIONS
from psscript_graphql.seed.demo import seed_database
from tests.support.graphql import execute
from tests.support.query_generator import QueryGenerator, Samples
from tests.support.recorded_runs import record_runs

# The owner viewer owns the first live private script (which carries the private-only tag).
_LIVE_PRIVATE = (models.Script.is_public.is_(False), models.Script.deleted_at.is_(None))
CASES_PER_VIEWER = 400
# Run past the budget if need be: the first runs the owner and an admin see come within these.
MIN_CASES_PER_VIEWER = 40
TIME_BUDGET_S = 80.0
REFERENCE = Settings(compiled_reads=False)


def _gid(type_name: str, key: object) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()


async def _cursors(db: Database, ordering: Ordering, model: type, count: int = 4) -> list[str]:
    async with db.read() as session:
        rows = (await session.execute(select(*ordering.columns).select_from(model).order_by(func.random()).limit(count))).all()
    return [encode_cursor(ordering, list(row)) for row in rows]


async def _samples(db: Database) -> Samples:
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
        node_ids = [_gid("Script", i) for i in [scripts[0].id, scripts[5].id, *private, *deleted, *ran, *ran, 999_999]]
        node_ids += [_gid("ExecutionLog", r.id) for r in runs]
        node_ids += [_gid("Script", "abc")]
        for model, type_name in (
            (models.User, "User"), (models.Category, "Category"), (models.Tag, "Tag"),
            (models.ScriptVersion, "ScriptVersion"), (models.Comment, "Comment"), (models.ScriptAnalysis, "ScriptAnalysis"),
            (models.ExecutionLog, "ExecutionLog"),
        ):
            ids = list(await session.scalars(select(model.id).order_by(func.random()).limit(3)))
            node_ids += [_gid(type_name, i) for i in ids]
        for model, type_name in ((models.ScriptVersion, "ScriptVersion"), (models.Comment, "Comment")):
            hidden = await session.scalar(select(model.id).where(model.script_id.in_(private + deleted)).limit(1))
            if hidden is not None:
                node_ids.append(_gid(type_name, hidden))
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
        category_ids=[_gid("Category", c) for c in categories] + [_gid("User", 1)],
        user_ids=[_gid("User", u.id) for u in users],
        usernames=[u.username for u in users],
        words=["backup", "disk", "\"event log\"", "user -test", "Get-ChildItem"],
        datetimes=[c.isoformat() for c in created],
    )


async def _viewers(db: Database) -> dict[str, Viewer]:
    async with db.read() as session:
        owner = await session.scalar(select(models.Script.author_id).where(*_LIVE_PRIVATE).order_by(models.Script.id).limit(1))
        other = await session.scalar(select(models.User.id).where(models.User.id != owner, models.User.role == "user").limit(1))
        admin = await session.scalar(select(models.User.id).where(models.User.role == "admin").limit(1))
    return {"anonymous": ANONYMOUS, "owner": Viewer(id=owner, role="user"), "other": Viewer(id=other, role="user"), "admin": Viewer(id=admin, role="admin")}


@pytest.fixture
async def seeded(clean_db: Database) -> Database:
    await seed_database(clean_db, seed=3)
    async with clean_db.transaction() as session:
        # Uncategorised scripts, and a soft-deleted private one with comments and versions.
        await session.execute(update(models.Script).where(models.Script.id % 9 == 0).values(category_id=None))
        await session.execute(update(models.Script).where(models.Script.id.in_([3, 4])).values(deleted_at=func.now(), is_public=False))
        # A tag only a private script carries: visible to its owner and admins alone (tags/visibility.py).
        private = await session.scalar(select(models.Script.id).where(*_LIVE_PRIVATE).order_by(models.Script.id).limit(1))
        tag = models.Tag(name="secret-only")
        session.add(tag)
        await session.flush()
        session.add(models.ScriptTag(script_id=private, tag_id=tag.id))
    viewers = await _viewers(clean_db)
    async with clean_db.transaction() as session:
        # Other users' runs of the owner's public script, with parameters and errors (recorded_runs.py).
        await record_runs(session, owner_id=viewers["owner"].id, other_id=viewers["other"].id, private_script_id=private)
    return clean_db


async def test_compiled_reads_equal_the_resolvers_for_every_viewer(seeded: Database, caplog: pytest.LogCaptureFixture) -> None:
    compiled_settings = Settings(compiled_reads=True)
    reads = compiled_reads(schema, compiled_settings.compiled_plan_cache_size)
    samples = await _samples(seeded)
    viewers = await _viewers(seeded)
    started, answered_before, cases = time.monotonic(), reads.answered, 0
    runs_seen = {label: {"selected": 0, "shown": 0, "secret": 0, "first_shown": -1} for label in viewers}
    for seed, (label, viewer) in enumerate(viewers.items()):
        generator = QueryGenerator(schema._schema, reads.graph, samples, seed=seed)
        # Each viewer gets its share of the budget: a slow machine tests fewer cases, never fewer viewers.
        deadline = started + TIME_BUDGET_S * (seed + 1) / len(viewers)
        for case in range(CASES_PER_VIEWER):
            if time.monotonic() > deadline and case >= MIN_CASES_PER_VIEWER:
                break
            generated = generator.query()
            cases += 1
            caplog.clear()
            if reads.prepare(generated.document, "Q", generated.variables, viewer) is None:
                continue  # not compiled (an argument the resolvers refuse): nothing to compare
            answered = reads.answered
            got = _response(await execute(seeded, generated.document, generated.variables, viewer=viewer, settings=compiled_settings))
            if reads.answered == answered:
                continue  # declined later (the cost limit): the resolvers answered both
            try:
                expected = _response(await execute(seeded, generated.document, generated.variables, viewer=viewer, settings=REFERENCE))
            except BaseException as error:
                raise AssertionError(_report(label, case, generated.document, generated.variables, got, b"")) from error
            assert got == expected, _report(label, case, generated.document, generated.variables, got, expected)
            if "executionLogs" in generated.document or "ExecutionLog" in generated.document:
                runs_seen[label]["selected"] += 1
                runs_seen[label]["shown"] += b'"RXhlY3V0aW9uTG9nO' in got  # a run's global ID: some run was shown
                runs_seen[label]["secret"] += b"hunter2" in got  # another user's run's parameters (recorded_runs.py)
                if runs_seen[label]["first_shown"] < 0 and runs_seen[label]["shown"]:
                    runs_seen[label]["first_shown"] = case
            failed = [r for r in caplog.records if r.name == "psscript_graphql.compiler.extension"]
            assert not failed, _report(label, case, generated.document, generated.variables, (failed[0].exc_text or "").encode()[-1500:], b"")
    compiled = reads.answered - answered_before
    # Most generated queries compile; the rest carry arguments the resolvers refuse, or cost too much.
    assert compiled >= cases // 2 and compiled >= 100, (compiled, cases)
    # Runs were compared for every viewer, shown to the owner and admins, and another user's
    # secrets never reached the script's owner or a signed-out viewer.
    assert all(seen["selected"] for seen in runs_seen.values()), runs_seen
    assert runs_seen["owner"]["shown"] and runs_seen["admin"]["shown"], runs_seen
    assert runs_seen["owner"]["secret"] == runs_seen["anonymous"]["secret"] == 0, runs_seen
    print(f"compiled {compiled} of {cases} generated queries in {time.monotonic() - started:.0f} s; runs {runs_seen}")


def _response(result: Any) -> bytes:
    return orjson.dumps({"data": result.data, "errors": [e.formatted for e in result.errors or []], "extensions": result.extensions})


def _report(viewer: str, case: int, document: str, variables: dict[str, Any], got: bytes, expected: bytes) -> str:
    at = next((i for i in range(min(len(got), len(expected))) if got[i] != expected[i]), min(len(got), len(expected)))
    return (
        f"\nviewer: {viewer}, case {case}\ndocument:\n{document}\nvariables: {orjson.dumps(variables).decode()}\n"
        f"compiled: …{got[max(0, at - 200): at + 1500].decode(errors='replace')}\nresolvers: …{expected[max(0, at - 200): at + 120]!r}"
    )
