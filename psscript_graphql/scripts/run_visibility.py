"""Who reads a script's recorded runs (execution logs), and which of a run's fields.

- `Script.executionLogs`: the script's owner and admins (`reads_runs_of`).
- A run's details — who ran it, with what parameters, from where, with what error — only the
  runner and admins (`sees_run_details`): another user's run of your public script may carry
  their secrets. The owner sees every run's status, duration and time.
- `node(id)` of a run: the script's owner, the runner while they may see the script, and
  admins (`readable_runs`).

The first two take the owner's or runner's id as a value (the resolvers, on a loaded row) or
as a column (the compiled read path, whose viewer id is a bind parameter): they answer a bool
for values and an SQL condition for columns, so both paths apply the same rule. A bool answer
is exact for every row (admins, signed-out viewers), which the compiler uses to leave the
condition out of its SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, literal, or_

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts.visibility import visible_scripts


def reads_runs_of(viewer: Viewer, author_id: Any) -> bool | ColumnElement[bool]:
    """Whether `viewer` reads the run list of a script owned by `author_id`."""
    return _self_or_admin(viewer, author_id)


def sees_run_details(viewer: Viewer, runner_id: Any) -> bool | ColumnElement[bool]:
    """Whether `viewer` reads the details of a run recorded by `runner_id` (None: a deleted account)."""
    return _self_or_admin(viewer, runner_id)


def _self_or_admin(viewer: Viewer, user_id: Any) -> bool | ColumnElement[bool]:
    if viewer.is_admin:
        return True
    if viewer.id is None:
        return False
    if user_id is None or isinstance(user_id, int):  # a loaded row's value
        return user_id is not None and user_id == viewer.id
    return user_id == viewer.id  # a column


def readable_runs(viewer: Viewer) -> ColumnElement[bool]:
    """SQL condition on ExecutionLog joined to its Script: the runs `viewer` may fetch by id."""
    if viewer.is_admin:
        return literal(True)
    if viewer.id is None:
        return literal(False)
    script, log = models.Script, models.ExecutionLog
    return or_(
        and_(script.author_id == viewer.id, script.deleted_at.is_(None)),
        and_(log.user_id == viewer.id, visible_scripts(viewer)),
    )
