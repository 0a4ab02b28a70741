"""`executionSummary` is a typed, camelCase object read from the analyzer's snake_case JSON."""

from __future__ import annotations

from bench.workloads.detail_page import _execution_summary
from psscript_graphql.analyses.execution_summary import ExecutionSummary, SystemArea
from psscript_graphql.analyzer import capabilities
from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import run

SCRIPT = """#Requires -RunAsAdministrator
Set-ItemProperty -Path HKLM:\\SOFTWARE\\Contoso -Name Enabled -Value 1
Remove-Item -Path C:\\Temp\\Old -Recurse -Force
robocopy C:\\Data D:\\Backup /MIR
"""
QUERY = """query($id: ID!) { script(id: $id) { analysis { executionSummary {
  summary touches operations { area commands } externalPrograms destructiveOperations { command line reason }
  requiresAdmin adminReasons writesHklm parseErrors } } } }"""


async def test_the_summary_of_a_stored_analysis_reads_as_typed_camel_case_fields(clean_db: Database) -> None:
    stored = analyze_script(SCRIPT).execution_summary
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        script = await factories.make_script(session, author=author, content=SCRIPT, is_public=True)
        await factories.make_analysis(session, script=script, execution_summary=stored)
    from strawberry import relay

    data = await run(clean_db, QUERY, {"id": str(relay.GlobalID("Script", str(script.id)))})
    summary = data["script"]["analysis"]["executionSummary"]
    assert summary["requiresAdmin"] is True and summary["writesHklm"] is True and summary["parseErrors"] == 0
    assert {"FILES", "REGISTRY"} <= set(summary["touches"])
    assert {"area": "REGISTRY", "commands": ["Set-ItemProperty"]} in summary["operations"]
    assert summary["externalPrograms"] == ["robocopy"]
    assert any(o["command"] == "Remove-Item" and o["line"] == 3 for o in summary["destructiveOperations"])
    assert summary["adminReasons"][0] == "#Requires -RunAsAdministrator"
    # The benchmark's hand-written floor answers the same.
    assert _execution_summary(stored) == summary


def test_every_area_the_analyzer_reports_is_a_system_area() -> None:
    assert {area.value for area in SystemArea} == set(capabilities.AREAS)


def test_a_summary_stored_by_an_older_analyzer_still_reads() -> None:
    old = ExecutionSummary.from_dict({"touches": ["files", "quantum"], "requires_admin": True, "operations": {"quantum": ["x"]}})
    assert old.touches == [SystemArea.FILES] and old.operations == [] and old.requires_admin is True
    assert old.summary == "" and old.destructive_operations == [] and old.parse_errors == 0
    assert ExecutionSummary.from_dict(None).touches == []
