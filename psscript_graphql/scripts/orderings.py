"""Orderings of script-domain lists (each a total order ending in the primary key)."""

from __future__ import annotations

from psscript_graphql.core.relay import Ordering
from psscript_graphql.db import models

NEWEST_SCRIPTS = Ordering("scripts:created_at", (models.Script.created_at, models.Script.id), descending=True)
NEWEST_VERSIONS = Ordering("versions:version", (models.ScriptVersion.version, models.ScriptVersion.id), descending=True)
NEWEST_LOGS = Ordering("logs:created_at", (models.ExecutionLog.created_at, models.ExecutionLog.id), descending=True)
