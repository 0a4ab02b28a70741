"""Dependency edges between scripts (parent uses child), kept acyclic.

Adding an edge parent → child closes a cycle exactly when parent is reachable from child. Two
concurrent inserts could each pass that check and together form a cycle (A → B and B → A), so
every insert takes one transaction-scoped advisory lock first: dependency inserts run one at a
time, each seeing the edges the previous ones committed. The lock is taken before any row lock,
so waiting for it never holds a row another dependency writer needs.
"""

from __future__ import annotations

import base64
from collections import deque
from collections.abc import Sequence

from sqlalchemy import delete, literal_column, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.locks import advisory_xact_lock
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts.access import Lock, find_editable, find_visible
from psscript_graphql.scripts.errors import ScriptErrorCode as Code
from psscript_graphql.scripts.visibility import visible_scripts

Dependency, Script = models.ScriptDependency, models.Script
DEPENDENCY_WRITE_LOCK = "script-dependencies"


async def _edges_reachable_from(session: AsyncSession, start: int) -> list[tuple[int, int]]:
    """Every edge on a path out of `start` (all scripts, deleted or not: restoring one must not
    reveal a cycle). UNION, not UNION ALL: each edge once, so this ends even on a corrupt graph."""
    reach = (
        select(Dependency.parent_id, Dependency.child_id).where(Dependency.parent_id == start).cte("reach", recursive=True)
    )
    step = select(Dependency.parent_id, Dependency.child_id).join(reach, Dependency.parent_id == reach.c.child_id)
    reach = reach.union(step)
    return [(row.parent_id, row.child_id) for row in await session.execute(select(reach))]


def _shortest_path(edges: Sequence[tuple[int, int]], start: int, goal: int) -> list[int] | None:
    children: dict[int, list[int]] = {}
    for parent, child in edges:
        children.setdefault(parent, []).append(child)
    previous: dict[int, int] = {}
    queue, seen = deque([start]), {start}
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [node]
            while path[-1] != start:
                path.append(previous[path[-1]])
            return path[::-1]
        for child in sorted(children.get(node, ())):
            if child not in seen:
                seen.add(child)
                previous[child] = node
                queue.append(child)
    return None


def _global_id(script_id: int) -> str:
    """The Relay global ID clients know the script by (base64 of `Script:<id>`)."""
    return base64.b64encode(f"Script:{script_id}".encode()).decode()


async def _describe(session: AsyncSession, viewer: Viewer, cycle: Sequence[int]) -> str:
    """`"Title" (ID) → …`, naming only scripts the viewer may see: a cycle through someone's
    private script must not reveal its title or ID."""
    rows = await session.execute(
        select(Script.id, Script.title).where(Script.id.in_(set(cycle)), visible_scripts(viewer, include_deleted=True))
    )
    titles = {row.id: row.title for row in rows}
    return " → ".join(
        f'"{titles[i]}" ({_global_id(i)})' if i in titles else "a script you cannot see" for i in cycle
    )


async def add_dependency(
    session: AsyncSession, *, viewer: Viewer, parent_id: int, child_id: int
) -> tuple[models.Script, models.Script]:
    """Record that parent uses child. The owner of the parent (or an admin) may; the child only has
    to be visible. Adding an existing edge again changes nothing."""
    if parent_id == child_id:
        raise DomainError(Code.SELF_DEPENDENCY, "A script cannot depend on itself.", field=("childId",))
    await advisory_xact_lock(session, DEPENDENCY_WRITE_LOCK)
    # KEY SHARE: neither script can be purged before this transaction's edge commits.
    parent = await find_editable(session, viewer, parent_id, field=("parentId",), lock=Lock.KEY_SHARE)
    child = await find_visible(session, viewer, child_id, field=("childId",), lock=Lock.KEY_SHARE)
    path = _shortest_path(await _edges_reachable_from(session, child_id), child_id, parent_id)
    if path is not None:
        cycle = [parent_id, *path]
        raise DomainError(
            Code.DEPENDENCY_CYCLE,
            f"This dependency would create a cycle: {await _describe(session, viewer, cycle)}.",
            field=("childId",),
        )
    await session.execute(
        insert(Dependency).values(parent_id=parent_id, child_id=child_id).on_conflict_do_nothing(
            index_elements=["parent_id", "child_id"]
        )
    )
    return parent, child


async def remove_dependency(
    session: AsyncSession, *, viewer: Viewer, parent_id: int, child_id: int
) -> tuple[models.Script, models.Script]:
    """Remove the edge; NOT_FOUND when the scripts are not linked (or one of them is not visible)."""
    parent = await find_editable(session, viewer, parent_id, field=("parentId",), lock=Lock.KEY_SHARE)
    child = await find_visible(session, viewer, child_id, field=("childId",))
    removed = await session.scalar(
        delete(Dependency)
        .where(Dependency.parent_id == parent_id, Dependency.child_id == child_id)
        .returning(literal_column("1"))
    )
    if removed is None:
        raise DomainError(Code.NOT_FOUND, "The parent script does not depend on this child script.", field=("childId",))
    return parent, child
