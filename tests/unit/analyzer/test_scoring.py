"""Scores, potential risks and suggestions."""

from __future__ import annotations

import itertools
import random

import pytest

from psscript_graphql.analyzer import scoring
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from tests.unit.analyzer.corpus_cases import EXPECTED, analysis, analyze


def _finding(severity: Severity, category: str = Category.SECURITY, rule: str = "PSTest", line: int = 1) -> Finding:
    return Finding(rule, severity, "message", line, 1, "hint", category, "extract")


@pytest.mark.parametrize("name", ["clean_backup.ps1", "clean_user_provisioning.ps1", "clean_log_rotation.ps1",
                                  "clean_service_health.ps1", "clean_ad_report.ps1"])
def test_clean_script_scores_high(name: str) -> None:
    result = analysis(name)
    assert result.security_score == 100
    assert result.quality_score >= 90
    assert result.risk_score <= 15


@pytest.mark.parametrize("name", ["security_download_cradles.ps1", "security_encoded_and_bypass.ps1",
                                  "security_tampering_persistence.ps1", "security_obfuscation.ps1"])
def test_malicious_script_scores_low(name: str) -> None:
    result = analysis(name)
    assert result.security_score <= 10
    assert result.risk_score >= 90


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_every_score_is_an_int_between_0_and_100(name: str) -> None:
    result = analysis(name)
    for score in (result.security_score, result.quality_score, result.risk_score):
        assert isinstance(score, int) and 0 <= score <= 100


def test_security_score_formula_values() -> None:
    assert scoring.security_score([]) == 100
    assert scoring.security_score([_finding(Severity.CRITICAL)]) == 60
    assert scoring.security_score([_finding(Severity.CRITICAL)] * 2) == 36
    assert scoring.security_score([_finding(Severity.CRITICAL)] * 200) == 0
    # Only security findings count.
    assert scoring.security_score([_finding(Severity.CRITICAL, Category.BEST_PRACTICE)]) == 100


def test_adding_a_critical_finding_never_raises_security_score() -> None:
    generator = random.Random(20240601)
    pool = [_finding(severity) for severity in Severity] + [_finding(Severity.ERROR, Category.PERFORMANCE)]
    for _ in range(200):
        findings = [generator.choice(pool) for _ in range(generator.randint(0, 12))]
        before = scoring.security_score(findings)
        after = scoring.security_score([*findings, _finding(Severity.CRITICAL)])
        assert after <= before
        # Rounding can only hide the drop once the score is down to a couple of points.
        assert after < before or before <= 2


def test_adding_findings_in_any_order_only_raises_risk() -> None:
    findings = [_finding(Severity.WARNING), _finding(Severity.CRITICAL), _finding(Severity.INFORMATION)]
    summary: dict[str, object] = {"touches": [], "requires_admin": False}
    for order in itertools.permutations(findings):
        scores = [scoring.risk_score(order[:n], [], summary) for n in range(len(order) + 1)]
        assert scores == sorted(scores)
    assert scoring.risk_score(findings, [], summary) == scoring.risk_score(findings[::-1], [], summary)


def test_destructive_operations_and_capabilities_raise_risk() -> None:
    quiet = analyze("Get-ChildItem -Path C:\\Data")
    wiping = analyze("Remove-Item -Path C:\\Data -Recurse -Force\nFormat-Volume -DriveLetter D")
    assert quiet.risk_score == 0
    assert wiping.risk_score > 40
    assert scoring.risk_score([], [], {"touches": ["network"], "requires_admin": True}) == 10


def test_quality_drops_with_findings_and_complexity() -> None:
    metrics = {"code_lines": 100, "functions": [], "max_nesting_depth": 0}
    assert scoring.quality_score([], metrics) == 100
    assert scoring.quality_score([_finding(Severity.WARNING, Category.BEST_PRACTICE)] * 5, metrics) == 60
    complex_metrics = {"code_lines": 100, "functions": [{"cyclomatic_complexity": 25}], "max_nesting_depth": 7}
    assert scoring.quality_score([], complex_metrics) == 100 - 15 - 9
    assert scoring.quality_score([_finding(Severity.CRITICAL, Category.BEST_PRACTICE)] * 99, metrics) == 30


def test_quality_ignores_security_and_compatibility_findings() -> None:
    metrics = {"code_lines": 10, "functions": [], "max_nesting_depth": 0}
    findings = [_finding(Severity.CRITICAL), _finding(Severity.WARNING, Category.COMPATIBILITY)]
    assert scoring.quality_score(findings, metrics) == 100


def test_potential_risks_are_sorted_by_severity_and_include_data_loss() -> None:
    result = analyze("Set-MpPreference -DisableRealtimeMonitoring $true\nRemove-Item C:\\x -Recurse -Force\n$a = Read-Host")
    risks = result.potential_risks
    assert [(r["risk"], r["severity"], r["line"]) for r in risks] == [
        ("Security control tampering", "critical", 1),
        ("Data loss or downtime", "warning", 2),
    ]
    assert risks[1]["reason"] == "Remove-Item deletes files recursively without confirmation."


def test_potential_risks_keep_security_findings_of_warning_or_worse_in_severity_then_line_order() -> None:
    # Risk names are worked out once per rule and severities read from tables: the answer must not change.
    def finding(rule: str, severity: Severity, line: int, category: str = "security") -> Finding:
        return Finding(rule, severity, f"{rule} at {line}", line, 1, category=category)

    findings = [finding("PSAvoidUsingInvokeExpression", Severity.WARNING, 9),
                finding("PSObfuscationTicks", Severity.ERROR, 4),
                finding("PSAvoidUsingInvokeExpression", Severity.WARNING, 2),
                finding("PSSomethingNew", Severity.CRITICAL, 7),
                finding("PSAvoidUsingInvokeExpression", Severity.INFORMATION, 1),
                finding("PSAvoidUsingCmdletAliases", Severity.WARNING, 1, category="best_practice")]
    risks = scoring.potential_risks(findings, [{"weight": 0.1, "command": "Stop-Service", "reason": "stops it",
                                                "line": 3}])
    assert [(r["risk"], r["severity"], r["line"], r["rule"]) for r in risks] == [
        ("Something New", "critical", 7, "PSSomethingNew"),
        ("Obfuscated code", "error", 4, "PSObfuscationTicks"),
        ("Code injection", "warning", 2, "PSAvoidUsingInvokeExpression"),
        ("Data loss or downtime", "warning", 3, ""),
        ("Code injection", "warning", 9, "PSAvoidUsingInvokeExpression"),
    ]
    assert risks[2]["reason"] == "PSAvoidUsingInvokeExpression at 2"


def test_suggestions_are_one_per_rule_most_severe_first() -> None:
    suggestions = analysis("security_download_cradles.ps1").suggestions
    rules = [s["rule"] for s in suggestions]
    assert len(rules) == len(set(rules))
    ranks = {severity.value: severity.rank for severity in Severity}
    assert [ranks[s["severity"]] for s in suggestions] == sorted((ranks[s["severity"]] for s in suggestions), reverse=True)
    cradle = suggestions[0]
    assert (cradle["rule"], cradle["count"], cradle["line"]) == ("PSDownloadCradle", 4, 3)
    assert cradle["title"] and "first on line 3" in cradle["detail"]


def test_declared_requirements_are_not_suggestions() -> None:
    assert all(s["rule"] != "PSCompatibilityRequires" for s in analysis("clean_service_health.ps1").suggestions)


def test_formula_text_documents_all_three_scores() -> None:
    text = scoring.SCORING_FORMULA_MARKDOWN
    assert "security = 100 × Π (1 − p(severity_i))" in text
    assert "quality    = 100 − min(70, 8 × density) − complexity" in text
    assert "risk = 100 × (1 − Π (1 − w_i))" in text
