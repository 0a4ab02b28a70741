"""DataLoaders returning analyses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.dialects.postgresql import distinct_on

from psscript_graphql.cache.base import ANALYSIS_TTL_S
from psscript_graphql.core.loaders import CachedRowByKeyLoader, RowByKeyLoader, ViewerScoped
from psscript_graphql.db import models
from psscript_graphql.scripts.visibility import visible_scripts

Analysis = models.ScriptAnalysis


class AnalysisByScriptLoader(CachedRowByKeyLoader[int, "models.ScriptAnalysis | None"]):
    """The analysis of each script, or None (callers checked the script's visibility)."""

    cache_kind, cache_model, cache_ttl_s = "analysis", Analysis, ANALYSIS_TTL_S

    @staticmethod
    def key_of(row: models.ScriptAnalysis) -> int:
        return row.script_id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(Analysis).where(Analysis.script_id.in_(keys))


class AnalysisByIdLoader(ViewerScoped, RowByKeyLoader[int, "models.ScriptAnalysis | None"]):
    """Analyses by id, only of scripts the viewer may see."""

    @staticmethod
    def key_of(row: models.ScriptAnalysis) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return (
            select(Analysis)
            .join(models.Script, models.Script.id == Analysis.script_id)
            .where(Analysis.id.in_(keys), visible_scripts(self.viewer, include_deleted=True))
        )


class AnalysisJobByIdLoader(ViewerScoped, RowByKeyLoader[int, "models.AnalysisJob | None"]):
    """Analysis jobs by id, only of scripts the viewer may see."""

    @staticmethod
    def key_of(row: models.AnalysisJob) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return (
            select(models.AnalysisJob)
            .join(models.Script, models.Script.id == models.AnalysisJob.script_id)
            .where(models.AnalysisJob.id.in_(keys), visible_scripts(self.viewer))
        )


class CurrentJobByScriptLoader(ViewerScoped, RowByKeyLoader[int, "models.AnalysisJob | None"]):
    """Each script's current analysis job: the queued or running one, else the newest; None
    before the first. Only of scripts the viewer may see (like `AnalysisJobByIdLoader`)."""

    @staticmethod
    def key_of(row: models.AnalysisJob) -> int:
        return row.script_id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        Job = models.AnalysisJob
        active = Job.status.in_(models.ACTIVE_JOB_STATUSES)
        return (
            select(Job)
            .join(models.Script, models.Script.id == Job.script_id)
            .where(Job.script_id.in_(keys), visible_scripts(self.viewer))
            .ext(distinct_on(Job.script_id))
            .order_by(Job.script_id, active.desc(), Job.created_at.desc(), Job.id.desc())
        )
