"""AnalysisMutations: analyzeScript (with optional analyzer settings) and retryAnalysis."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from psscript_graphql.analyses import service
from psscript_graphql.analyses.errors import AnalysisErrorCode
from psscript_graphql.analyses.types import Severity
from psscript_graphql.analyzer.settings import AnalyzerSettings as RuleSettings
from psscript_graphql.analyzer.settings import SettingsError
from psscript_graphql.analyses.job_types import AnalysisJob
from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload, in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models
from psscript_graphql.jobs.runtime import JobRuntime


@strawberry.input(description="Rule selection like a PSScriptAnalyzer settings file. A field left out (null) keeps the "
                  "deployment default (ANALYZER_SETTINGS_FILE, ANALYZER_* variables).")
class AnalyzerSettingsInput:
    include_rules: list[str] | None = strawberry.field(
        default=None, description="Only findings of these rules, by name or wildcard (`PSAvoid*`, `PS?se*`). A rule "
        "that is off by default runs only when named here exactly. Empty list: every rule.")
    exclude_rules: list[str] | None = strawberry.field(
        default=None, description="Findings of these rules (names or wildcards) are left out.")
    severity: list[Severity] | None = strawberry.field(
        default=None, description="Only findings of these levels; ERROR also keeps CRITICAL. Empty list: every level.")

    def to_settings(self) -> RuleSettings:
        """Validated analyzer settings; DomainError INVALID_SETTINGS names the bad field."""
        try:
            include = RuleSettings.build(include_rules=self.include_rules)
        except SettingsError as error:
            raise DomainError(AnalysisErrorCode.INVALID_SETTINGS, str(error), field=("settings", "includeRules")) from None
        try:
            exclude = RuleSettings.build(exclude_rules=self.exclude_rules)
        except SettingsError as error:
            raise DomainError(AnalysisErrorCode.INVALID_SETTINGS, str(error), field=("settings", "excludeRules")) from None
        levels = None if self.severity is None else [level.value for level in self.severity]
        return RuleSettings(include.include_rules, exclude.exclude_rules, RuleSettings.build(severity=levels).severity)


@strawberry.type(description="The job analysing the script; subscribe to `analysisProgress` to follow it.")
class AnalyzeScriptPayload(Payload):
    job: AnalysisJob | None = strawberry.field(default=None, description="The new job, or the existing one for this content.")


@strawberry.type(description="The failed job, queued again.")
class RetryAnalysisPayload(Payload):
    job: AnalysisJob | None = strawberry.field(default=None, description="The job, now QUEUED.")


def _jobs(info: Info) -> JobRuntime:
    jobs = info.context.jobs
    if jobs is None:
        raise RuntimeError("this context has no job runtime; the app lifespan sets one")
    return jobs


@strawberry.type
class AnalysisMutations:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Analyse a script's current content (owner or admin). Idempotent: while the same content is "
        "queued, running or already analysed, this returns that job instead of starting another.",
    )
    async def analyze_script(
        self,
        info: Info,
        script_id: relay.GlobalID,
        settings: Annotated[
            AnalyzerSettingsInput | None,
            strawberry.argument(description="Which rules run and which findings are kept (PSScriptAnalyzer's "
                                "IncludeRules, ExcludeRules, Severity); null: the deployment default."),
        ] = None,
    ) -> AnalyzeScriptPayload:
        id = expect_global_id(script_id, "Script", argument="scriptId")
        jobs = _jobs(info)
        try:
            rule_settings = settings.to_settings() if settings is not None else None
        except DomainError as error:
            return AnalyzeScriptPayload.failed(error)
        result = await in_transaction(
            info.context.db, lambda session: service.request_analysis(session, info.context.viewer, id, rule_settings)
        )
        if isinstance(result, DomainError):
            return AnalyzeScriptPayload.failed(result)
        job, created = result
        if created:
            await service.dispatch(jobs, job)
        return AnalyzeScriptPayload(job=AnalysisJob.from_row(job))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Queue a FAILED analysis job again (owner or admin). It analyses the script's current content.",
    )
    async def retry_analysis(self, info: Info, job_id: relay.GlobalID) -> RetryAnalysisPayload:
        id = expect_global_id(job_id, "AnalysisJob", argument="jobId")
        jobs = _jobs(info)
        result: models.AnalysisJob | DomainError = await in_transaction(
            info.context.db, lambda session: service.retry_analysis(session, info.context.viewer, id)
        )
        if isinstance(result, DomainError):
            return RetryAnalysisPayload.failed(result)
        await service.dispatch(jobs, result)
        return RetryAnalysisPayload(job=AnalysisJob.from_row(result))
