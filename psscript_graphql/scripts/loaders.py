"""DataLoaders returning scripts, their versions, execution logs and dependency edges."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, literal, select, tuple_
from sqlalchemy.orm import aliased

from psscript_graphql.cache.base import SCRIPT_TTL_S
from psscript_graphql.core.loaders import (
    CachedRowByKeyLoader,
    CountByKeyLoader,
    PagePerParentLoader,
    RowByKeyLoader,
    RowsByKeyLoader,
    ViewerScoped,
    count_by,
)
from psscript_graphql.db import models
from psscript_graphql.scripts.orderings import NEWEST_LOGS, NEWEST_SCRIPTS, NEWEST_VERSIONS
from psscript_graphql.scripts.run_visibility import readable_runs
from psscript_graphql.scripts.visibility import can_see, visible_scripts

Script, Version, Log, Dependency = models.Script, models.ScriptVersion, models.ExecutionLog, models.ScriptDependency


class ScriptByIdLoader(ViewerScoped, CachedRowByKeyLoader[int, "models.Script | None"]):
    """Scripts by id; None when missing or not visible (admins also reach deleted ones).

    Rows are cached for everyone; `can_see` — the same rule as `visible_scripts` — filters them
    for this viewer after the cache.
    """

    cache_kind, cache_model, cache_ttl_s = "script", Script, SCRIPT_TTL_S

    @staticmethod
    def key_of(row: models.Script) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(Script).where(Script.id.in_(keys))

    def visible(self, row: models.Script) -> bool:
        return can_see(self.viewer, row)


class ScriptsByAuthorPageLoader(ViewerScoped, PagePerParentLoader):
    """A page of each author's visible scripts, newest first."""

    model, ordering, partition = Script, NEWEST_SCRIPTS, Script.author_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return select(Script).where(Script.author_id.in_(parent_ids), visible_scripts(self.viewer))


class ScriptCountByAuthorLoader(ViewerScoped, CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Script.author_id, keys, visible_scripts(self.viewer))


class VersionByIdLoader(ViewerScoped, RowByKeyLoader[int, "models.ScriptVersion | None"]):
    """Versions by id, only of scripts the viewer may see."""

    @staticmethod
    def key_of(row: models.ScriptVersion) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return (
            select(Version)
            .join(Script, Script.id == Version.script_id)
            .where(Version.id.in_(keys), visible_scripts(self.viewer, include_deleted=True))
        )


class LatestVersionByScriptLoader(RowByKeyLoader[int, "models.ScriptVersion | None"]):
    """The version row matching each script's current version number (callers checked visibility)."""

    @staticmethod
    def key_of(row: models.ScriptVersion) -> int:
        return row.script_id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return (
            select(Version)
            .join(Script, and_(Script.id == Version.script_id, Script.version == Version.version))
            .where(Script.id.in_(keys))
        )


class VersionByNumberLoader(RowByKeyLoader[tuple[int, int], "models.ScriptVersion | None"]):
    """Versions by (script id, version number) (callers checked the script's visibility)."""

    @staticmethod
    def key_of(row: models.ScriptVersion) -> tuple[int, int]:
        return row.script_id, row.version

    def statement(self, keys: Sequence[tuple[int, int]]) -> Select[Any]:
        return select(Version).where(tuple_(Version.script_id, Version.version).in_(keys))


class VersionsByScriptPageLoader(PagePerParentLoader):
    """A page of each script's versions, newest first (callers checked the script's visibility)."""

    model, ordering, partition = Version, NEWEST_VERSIONS, Version.script_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return select(Version).where(Version.script_id.in_(parent_ids))


class VersionCountByScriptLoader(CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Version.script_id, keys)


class ExecutionLogByIdLoader(ViewerScoped, RowByKeyLoader[int, "models.ExecutionLog | None"]):
    @staticmethod
    def key_of(row: models.ExecutionLog) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(Log).join(Script, Script.id == Log.script_id).where(Log.id.in_(keys), readable_runs(self.viewer))


class ExecutionLogsByScriptPageLoader(PagePerParentLoader):
    """A page of each script's execution logs, newest first (callers checked owner/admin)."""

    model, ordering, partition = Log, NEWEST_LOGS, Log.script_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return select(Log).where(Log.script_id.in_(parent_ids))


class ExecutionLogCountByScriptLoader(CountByKeyLoader[int]):
    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(Log.script_id, keys)


class DependenciesPageLoader(ViewerScoped, PagePerParentLoader):
    """Scripts each script uses (its children), visible ones only."""

    model, ordering, partition = Script, NEWEST_SCRIPTS, Dependency.parent_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return (
            select(Script)
            .join(Dependency, Dependency.child_id == Script.id)
            .where(Dependency.parent_id.in_(parent_ids), visible_scripts(self.viewer))
        )


class DependentsPageLoader(ViewerScoped, PagePerParentLoader):
    """Scripts that use each script (its parents), visible ones only."""

    model, ordering, partition = Script, NEWEST_SCRIPTS, Dependency.child_id

    def statement(self, parent_ids: Sequence[int]) -> Select[Any]:
        return (
            select(Script)
            .join(Dependency, Dependency.parent_id == Script.id)
            .where(Dependency.child_id.in_(parent_ids), visible_scripts(self.viewer))
        )


class DependencyCountLoader(ViewerScoped, CountByKeyLoader[int]):
    """Visible children per parent."""

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(
            Dependency.parent_id, keys, visible_scripts(self.viewer)
        ).join_from(Dependency, Script, Script.id == Dependency.child_id)


class DependentCountLoader(ViewerScoped, CountByKeyLoader[int]):
    """Visible parents per child."""

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return count_by(
            Dependency.child_id, keys, visible_scripts(self.viewer)
        ).join_from(Dependency, Script, Script.id == Dependency.parent_id)


class DependencyTreeLoader(ViewerScoped, RowsByKeyLoader[tuple[int, int], Any]):
    """Transitive dependencies of each root up to a depth, visible scripts only.

    One recursive CTE per distinct depth in the batch. A script invisible to the viewer is
    pruned with everything below it; the graph is acyclic, and the depth bound keeps even a
    corrupted one finite. Rows: (root, (script, depth, parent_id)).
    """

    async def batch_load_fn(self, keys: Sequence[tuple[int, int]]) -> list[list[Any]]:
        by_depth: dict[int, list[int]] = {}
        for root, depth in keys:
            by_depth.setdefault(depth, []).append(root)
        found: dict[tuple[int, int], list[Any]] = {}
        async with self.db.read() as session:
            for depth, roots in by_depth.items():
                for row in await session.execute(self._tree(roots, depth)):
                    found.setdefault((row.root, depth), []).append((row[0], row.depth, row.parent_id))
        return [found.get(key, []) for key in keys]

    def _tree(self, roots: Sequence[int], max_depth: int) -> Select[Any]:
        child = aliased(Script)
        base = (
            select(Dependency.parent_id.label("root"), Dependency.parent_id, Dependency.child_id, literal(1).label("depth"))
            .join(child, child.id == Dependency.child_id)
            .where(Dependency.parent_id.in_(roots), visible_scripts(self.viewer, script=child))
            .cte("tree", recursive=True)
        )
        step_child = aliased(Script)
        step = aliased(Dependency)
        tree = base.union_all(
            select(base.c.root, step.parent_id, step.child_id, (base.c.depth + 1).label("depth"))
            .join(step, step.parent_id == base.c.child_id)
            .join(step_child, step_child.id == step.child_id)
            .where(base.c.depth < max_depth, visible_scripts(self.viewer, script=step_child))
        )
        return (
            select(Script, tree.c.root, tree.c.depth, tree.c.parent_id)
            .join(tree, tree.c.child_id == Script.id)
            .order_by(tree.c.root, tree.c.depth, Script.id)
        )

