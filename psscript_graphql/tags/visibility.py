"""Who may see a tag: its name alone can tell what private scripts are about.

A tag is visible to a viewer when at least one script they may see carries it (the script rule
of `scripts/visibility.py`); admins see every tag, unused ones included. Every path to a tag —
`tag(name)`, `tags`, `node(id)` — filters with `visible_tags`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, true

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts.visibility import visible_scripts

Tag, ScriptTag, Script = models.Tag, models.ScriptTag, models.Script


def visible_tags(viewer: Viewer) -> ColumnElement[bool]:
    """SQL condition on the Tag table for what `viewer` may see."""
    if viewer.is_admin:
        return true()
    carried = (
        exists()
        .where(ScriptTag.tag_id == Tag.id)
        .where(Script.id == ScriptTag.script_id, visible_scripts(viewer))
    )
    return carried
