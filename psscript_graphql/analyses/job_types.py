"""AnalysisJob (a node) and AnalysisProgress (what `analysisProgress` streams).

Progress events come from `jobs.events.ProgressEvent`; fields that reach other rows (the
script, the stored analysis) go through the loaders of the context, which a subscription
replaces with fresh ones before every event.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

from psscript_graphql.analyses.types import AnalyzerSettings, Finding, ScriptAnalysis
from psscript_graphql.context import Info
from psscript_graphql.core.relay import LoadedNode
from psscript_graphql.db import models
from psscript_graphql.jobs.events import ProgressEvent

if TYPE_CHECKING:
    from psscript_graphql.scripts.types import Script

ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]


@strawberry.enum(description="Where an analysis job is in its life.")
class AnalysisJobStatus(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@strawberry.enum(description="Stages of an analysis, in the order they run.")
class AnalysisStage(Enum):
    PARSE = "parse"
    RULES = "rules"
    METRICS = "metrics"
    EMBED = "embed"
    STORE = "store"


@strawberry.type(description="A finding reported while the analysis runs (the stored analysis lists them by category).")
class ProgressFinding(Finding):
    category: str = strawberry.field(
        default="", description="Rule family: security, best_practice, performance, compatibility, parse."
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgressFinding:
        finding = super().from_dict(data)
        finding.category = str(data.get("category", ""))
        return finding  # type: ignore[no-any-return]


async def _stored_analysis(info: Info, script_id: int) -> ScriptAnalysis | None:
    if await info.context.loaders.script_by_id.load(script_id) is None:
        return None  # the script is not (or no longer) visible to the viewer
    row = await info.context.loaders.analysis_by_script.load(script_id)
    return ScriptAnalysis.from_row(row) if row else None


@strawberry.type(description="One analysis run of a script's content: queued, running stage by stage, then succeeded or failed.")
class AnalysisJob(LoadedNode, relay.Node):
    node_loader = "analysis_job_by_id"
    id: relay.NodeID[int]
    status: AnalysisJobStatus = strawberry.field(description="QUEUED, RUNNING, SUCCEEDED or FAILED.")
    stage: AnalysisStage | None = strawberry.field(description="The last stage that finished; null before the first.")
    percent: int = strawberry.field(description="0–100.")
    message: str | None = strawberry.field(description="What happened last, for people.")
    error: str | None = strawberry.field(description="Why the job failed (FAILED only).")
    attempts: int = strawberry.field(description="How often a worker started this job since it was last queued.")
    finding_count: int = strawberry.field(description="Findings so far (after the rules stage: all of them).")
    sequence: int = strawberry.field(description="The `sequence` of the job's latest progress event.")
    content_hash: str = strawberry.field(description="SHA-256 of the script content the job was queued for.")
    created_at: datetime = strawberry.field(description="When the job was queued first.")
    started_at: datetime | None = strawberry.field(description="When a worker last started it.")
    finished_at: datetime | None = strawberry.field(description="When it succeeded or failed.")
    row: strawberry.Private[models.AnalysisJob]

    @classmethod
    def from_row(cls, row: models.AnalysisJob) -> AnalysisJob:
        return cls(
            id=row.id,
            status=AnalysisJobStatus(row.status),
            stage=AnalysisStage(row.stage) if row.stage else None,
            percent=row.percent,
            message=row.message,
            error=row.error,
            attempts=row.attempts,
            finding_count=row.finding_count,
            sequence=row.sequence,
            content_hash=row.content_hash,
            created_at=row.created_at,
            started_at=row.started_at,
            finished_at=row.finished_at,
            row=row,
        )

    @strawberry.field(description="The most severe findings so far (at most 50).")
    def findings(self) -> list[ProgressFinding]:
        return [ProgressFinding.from_dict(d) for d in self.row.findings or [] if isinstance(d, dict)]

    @strawberry.field(description="The script being analysed.")
    async def script(self, info: Info) -> ScriptType | None:
        from psscript_graphql.scripts.types import Script

        row = await info.context.loaders.script_by_id.load(self.row.script_id)
        return Script.from_row(row) if row else None

    @strawberry.field(description="The analyzer settings the job was requested with; null fields use the deployment "
                      "default.")
    def settings(self) -> AnalyzerSettings:
        return AnalyzerSettings.from_json(self.row.settings)

    @strawberry.field(description="The script's stored analysis once the job SUCCEEDED; null before.")
    async def analysis(self, info: Info) -> ScriptAnalysis | None:
        if self.row.status != "succeeded":
            return None
        return await _stored_analysis(info, self.row.script_id)


@strawberry.type(description="The state of an analysis job after a step: sent when it is queued, starts, finishes a stage, succeeds or fails.")
class AnalysisProgress:
    job_id: relay.GlobalID = strawberry.field(description="The AnalysisJob's ID.")
    script_id: relay.GlobalID = strawberry.field(description="The analysed Script's ID.")
    status: AnalysisJobStatus = strawberry.field(description="The job's status after this step.")
    stage: AnalysisStage | None = strawberry.field(description="The stage that just finished; null when queued or starting.")
    percent: int = strawberry.field(description="0–100.")
    message: str | None = strawberry.field(description="What happened, for people.")
    error: str | None = strawberry.field(description="Why the job failed (FAILED only).")
    finding_count: int = strawberry.field(description="Findings so far.")
    sequence: int = strawberry.field(
        description="Position of this event in the job's history: greater than every earlier event's of the same job, "
        "so a client can drop an event it already has (e.g. after resubscribing)."
    )
    event: strawberry.Private[ProgressEvent]

    @classmethod
    def from_event(cls, event: ProgressEvent) -> AnalysisProgress:
        return cls(
            job_id=relay.GlobalID("AnalysisJob", str(event.job_id)),
            script_id=relay.GlobalID("Script", str(event.script_id)),
            status=AnalysisJobStatus(event.status),
            stage=AnalysisStage(event.stage) if event.stage else None,
            percent=event.percent,
            message=event.message,
            error=event.error,
            finding_count=event.finding_count,
            sequence=event.sequence,
            event=event,
        )

    @strawberry.field(description="The job as it is now.")
    async def job(self, info: Info) -> AnalysisJob | None:
        row = await info.context.loaders.analysis_job_by_id.load(self.event.job_id)
        return AnalysisJob.from_row(row) if row else None

    @strawberry.field(description="The most severe findings so far (at most 50).")
    def findings(self) -> list[ProgressFinding]:
        return [ProgressFinding.from_dict(d) for d in self.event.findings if isinstance(d, dict)]

    @strawberry.field(description="The stored analysis: set on the final event of a job that SUCCEEDED.")
    async def analysis(self, info: Info) -> ScriptAnalysis | None:
        if self.event.status != "succeeded":
            return None
        return await _stored_analysis(info, self.event.script_id)
