"""analyzeScript(settings:), the deployment default, ATT&CK ids, corrections and correctedContent through GraphQL."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select
from strawberry import relay

from psscript_graphql.analyzer.parse import parse_script
from psscript_graphql.analyzer.settings import AnalyzerSettings
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.scripts.limits import content_hash
from tests.factories import make_script, make_user
from tests.integration.analyses.jobs_support import Follower, execute
from tests.support.graphql import viewer_of

SCRIPT = (
    "function Delete-TempFile {\n"
    "    param($Path)   \n"
    "    gci $Path | ? { $_.Length -gt 0 }\n"
    "    if ($Path -eq $null) { Write-Host \"nothing\" }\n"
    "}\n"
    "vssadmin delete shadows /all /quiet\n"
    "& ('Clear-'+'EventLog') -LogName Security\n"
)
ANALYZE = """
mutation Analyze($id: ID!, $settings: AnalyzerSettingsInput) {
  analyzeScript(scriptId: $id, settings: $settings) {
    job { id status settings { includeRules excludeRules severity } } errors { code field message }
  }
}
"""
READ = """
query Read($id: ID!) {
  node(id: $id) {
    ... on Script {
      analysis {
        settings { includeRules excludeRules severity }
        correctedContent
        securityIssues { rule severity line message mitreTechnique mitreTechniqueName }
        bestPracticeViolations {
          rule severity line
          correction { range { startLine startColumn endLine endColumn } replacement description }
        }
      }
    }
  }
}
"""


def _gid(kind: str, id: int) -> str:
    return str(relay.GlobalID(kind, str(id)))


async def _script(db: Database, content: str = SCRIPT) -> tuple[Viewer, models.Script]:
    async with db.transaction() as session:
        owner = await make_user(session)
        script = await make_script(session, author=owner, content=content)
    return viewer_of(owner), script


async def _analyse(db: Database, settings: Settings, jobs: JobRuntime, viewer: Viewer, script: models.Script,
                   rule_settings: dict[str, Any] | None) -> dict[str, Any]:
    follower = await Follower(db, settings, jobs, viewer, scriptId=_gid("Script", script.id)).start()
    data = await execute(db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id), "settings": rule_settings}, viewer)
    assert data["analyzeScript"]["errors"] == []
    events = await follower.finished()
    assert events[-1]["status"] == "SUCCEEDED", events[-1]
    read = await execute(db, settings, jobs, READ, {"id": _gid("Script", script.id)}, viewer)
    return {"job": data["analyzeScript"]["job"], **read["node"]["analysis"]}


async def test_settings_choose_rules_and_levels_and_are_stored_with_the_analysis(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    viewer, script = await _script(clean_db)
    wanted = {"includeRules": ["PSAvoidUsing*", "PSClear*"], "excludeRules": ["PSAvoidUsingWriteHost"],
              "severity": ["WARNING", "ERROR"]}
    analysis = await _analyse(clean_db, settings, jobs, viewer, script, wanted)
    findings = analysis["securityIssues"] + analysis["bestPracticeViolations"]
    assert {f["rule"] for f in findings} == {"PSAvoidUsingCmdletAliases", "PSClearEventLog"}
    assert {f["severity"] for f in findings} <= {"WARNING", "ERROR", "CRITICAL"}
    assert analysis["settings"] == {"includeRules": ["PSAvoidUsing*", "PSClear*"],
                                    "excludeRules": ["PSAvoidUsingWriteHost"], "severity": ["WARNING", "ERROR"]}
    # The hidden command name was resolved before the rules ran, and the finding says so.
    cleared = next(f for f in analysis["securityIssues"] if f["rule"] == "PSClearEventLog")
    assert cleared["line"] == 7 and cleared["mitreTechnique"] == "T1070.001"
    assert cleared["mitreTechniqueName"] == "Indicator Removal: Clear Windows Event Logs"
    assert "('Clear-'+'EventLog') → Clear-EventLog" in cleared["message"]


async def test_same_settings_reuse_the_job_and_other_settings_analyse_again(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    viewer, script = await _script(clean_db)
    only_errors = {"severity": ["ERROR"]}
    first = await _analyse(clean_db, settings, jobs, viewer, script, only_errors)
    again = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id), "settings": only_errors},
                          viewer)
    assert again["analyzeScript"]["job"] == {
        "id": first["job"]["id"], "status": "SUCCEEDED",
        "settings": {"includeRules": None, "excludeRules": None, "severity": ["ERROR"]},
    }
    everything = await _analyse(clean_db, settings, jobs, viewer, script, None)
    assert everything["job"]["id"] != first["job"]["id"]
    assert everything["settings"] == {"includeRules": None, "excludeRules": None, "severity": None}
    assert any(f["severity"] == "WARNING" for f in everything["bestPracticeViolations"])
    async with clean_db.read() as session:
        assert await session.scalar(select(func.count()).select_from(models.AnalysisJob)) == 2


async def test_corrections_are_exposed_and_corrected_content_applies_them_all(
    clean_db: Database, settings: Settings, jobs: JobRuntime
) -> None:
    viewer, script = await _script(clean_db)
    analysis = await _analyse(clean_db, settings, jobs, viewer, script, None)
    by_rule: dict[str, Any] = {}
    for finding in analysis["bestPracticeViolations"]:
        if finding["correction"]:
            by_rule.setdefault(finding["rule"], finding["correction"])  # the first of each rule
    assert by_rule["PSAvoidUsingCmdletAliases"] == {
        "range": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 8},
        "replacement": "Get-ChildItem", "description": "Replace the alias 'gci' with 'Get-ChildItem'.",
    }
    assert by_rule["PSPossibleIncorrectComparisonWithNull"]["replacement"] == "$null -eq $Path"
    assert by_rule["PSAvoidTrailingWhitespace"]["replacement"] == ""
    assert by_rule["PSUseApprovedVerbs"]["replacement"] == "Remove-TempFile"
    corrected = analysis["correctedContent"]
    assert corrected is not None and not parse_script(corrected).has_errors
    assert "Get-ChildItem $Path | Where-Object" in corrected and "if ($null -eq $Path)" in corrected
    # PSAvoidUsingDoubleQuotesForConstantString is off by default (as in PSSA): its text stays.
    assert "param($Path)\n" in corrected and 'Write-Host "nothing"' in corrected

    # Saving the corrected content and analysing again: the corrected findings are gone.
    async with clean_db.transaction() as session:
        row = await session.get(models.Script, script.id)
        assert row is not None
        row.content = corrected
        row.file_hash = content_hash(corrected)
    fixed = await _analyse(clean_db, settings, jobs, viewer, script, None)
    assert not {f["rule"] for f in fixed["bestPracticeViolations"]} & set(by_rule)


async def test_invalid_settings_are_errors_and_queue_nothing(clean_db: Database, settings: Settings, jobs: JobRuntime) -> None:
    viewer, script = await _script(clean_db)
    for bad, field in (({"includeRules": ["PS Avoid"]}, "includeRules"), ({"excludeRules": ["x;y"]}, "excludeRules")):
        data = await execute(clean_db, settings, jobs, ANALYZE, {"id": _gid("Script", script.id), "settings": bad}, viewer)
        assert data["analyzeScript"]["job"] is None
        [error] = data["analyzeScript"]["errors"]
        assert error["code"] == "INVALID_SETTINGS" and error["field"] == ["settings", field]
        assert "not a rule name or wildcard pattern" in error["message"]
    async with clean_db.read() as session:
        assert await session.scalar(select(func.count()).select_from(models.AnalysisJob)) == 0


async def test_the_deployment_default_applies_and_a_request_overrides_it_field_by_field(
    clean_db: Database, settings: Settings
) -> None:
    team = replace(settings, analyzer_settings=AnalyzerSettings.build(
        exclude_rules=["PSAvoidTrailingWhitespace"], severity=["critical"]))
    jobs = JobRuntime.from_settings(team)
    await jobs.start_worker(clean_db, team)
    try:
        viewer, script = await _script(clean_db)
        default = await _analyse(clean_db, team, jobs, viewer, script, None)
        assert {f["rule"] for f in default["securityIssues"] + default["bestPracticeViolations"]} == {
            "PSInhibitSystemRecovery", "PSClearEventLog"}
        # The request sets severity only: the team's exclusion still applies.
        levels = await _analyse(clean_db, team, jobs, viewer, script, {"severity": ["WARNING"]})
        rules = {f["rule"] for f in levels["bestPracticeViolations"]}
        assert rules and "PSAvoidTrailingWhitespace" not in rules
        # PSAvoidTrailingWhitespace is a warning (as in PSSA): only the team's exclusion keeps it out.
        assert {f["severity"] for f in levels["bestPracticeViolations"]} == {"WARNING"}
    finally:
        await jobs.close()


async def test_a_request_with_other_settings_while_one_is_queued_is_analysis_in_progress(clean_db: Database) -> None:
    from psscript_graphql.analyses import service
    from psscript_graphql.core.errors import DomainError

    viewer, script = await _script(clean_db)
    async with clean_db.transaction() as session:  # queued, never dispatched: it stays active
        queued, created = await service.request_analysis(session, viewer, script.id, AnalyzerSettings.build(severity=["error"]))
    assert created
    with pytest.raises(DomainError) as raised:
        async with clean_db.transaction() as session:
            await service.request_analysis(session, viewer, script.id, AnalyzerSettings.build(severity=["warning"]))
    assert raised.value.code == "ANALYSIS_IN_PROGRESS" and raised.value.field == ("settings",)
    async with clean_db.transaction() as session:  # the same settings get the queued job back
        same, created = await service.request_analysis(session, viewer, script.id, AnalyzerSettings.build(severity=["error"]))
    assert (same.id, created) == (queued.id, False)
