"""The public API: staged analysis, the AnalysisResult columns, robustness and size."""

from __future__ import annotations

import dataclasses
import gc
import json

import pytest

from psscript_graphql.analyzer.analyze import (
    ANALYSIS_VERSION,
    MAX_ENTRIES_PER_RULE,
    AnalysisResult,
    analyze_script,
    build_analysis,
    metrics_stage,
    parse_stage,
    rules_stage,
)
from psscript_graphql.analyzer.findings import Category, Severity
from tests.unit.analyzer.corpus_cases import EXPECTED, analysis, analyze, corpus_text, hits

COLUMNS = [
    "purpose", "security_score", "quality_score", "risk_score", "parameter_docs", "suggestions", "command_details",
    "ms_docs_references", "security_issues", "best_practice_violations", "performance_insights", "potential_risks",
    "code_complexity_metrics", "compatibility_notes", "execution_summary", "analysis_version", "corrected_content",
]
FINDING_KEYS = {"rule", "severity", "message", "line", "column", "hint", "extract", "category", "mitre_technique",
                "correction"}
ONE_MIB = 1024 * 1024


def test_result_fields_match_the_script_analysis_columns() -> None:
    names = [field.name for field in dataclasses.fields(AnalysisResult)]
    assert names == [*COLUMNS, "findings"]


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_columns_are_complete_and_json_serializable(name: str) -> None:
    columns = analysis(name).to_columns()
    assert list(columns) == COLUMNS
    assert json.loads(json.dumps(columns)) == columns
    assert columns["analysis_version"] == ANALYSIS_VERSION


def test_finding_columns_are_split_by_category() -> None:
    result = analysis("broken_unclosed_brace.ps1")
    assert all(entry["category"] == "security" for entry in result.security_issues)
    assert {entry["category"] for entry in result.best_practice_violations} == {"best_practice", "parse"}
    assert all(set(entry) == FINDING_KEYS for entry in result.security_issues + result.best_practice_violations)
    parse_error = next(e for e in result.best_practice_violations if e["rule"] == "PSParseError")
    assert (parse_error["line"], parse_error["severity"]) == (5, "warning")


def test_performance_insights_use_the_finding_shape() -> None:
    insights = analysis("performance_patterns.ps1").performance_insights
    assert insights and all(set(entry) == FINDING_KEYS for entry in insights)
    assert all(entry["category"] == "performance" for entry in insights)


def test_staged_api_composes_to_analyze_script() -> None:
    text = corpus_text("security_credentials.ps1")
    tree = parse_stage(text)
    findings = rules_stage(tree)
    staged = build_analysis(tree, findings, metrics_stage(tree))
    assert staged.to_columns() == analyze_script(text).to_columns()
    assert findings == sorted(findings, key=lambda finding: finding.sort_key)


def test_duplicate_findings_are_dropped() -> None:
    findings = analysis("security_obfuscation.ps1").findings
    keys = [(f.rule, f.line, f.column, f.message) for f in findings]
    assert len(keys) == len(set(keys))


def test_empty_and_whitespace_scripts_get_an_analysis() -> None:
    empty = analyze_script("")
    assert empty.findings == [] and empty.security_score == 100 and empty.risk_score == 0
    blank = analyze_script("\n\n   \n")
    assert [(f.rule, f.line) for f in blank.findings] == [("PSAvoidTrailingWhitespace", 3)]
    assert blank.code_complexity_metrics["blank_lines"] == 3 and blank.code_complexity_metrics["code_lines"] == 0


def test_byte_order_mark_and_lone_surrogates_do_not_break_analysis() -> None:
    result = analyze_script("\ufeffWrite-Host 'caf\udce9'\n")
    assert [(f.line, f.column) for f in hits(result, "PSAvoidUsingWriteHost")] == [(1, 1)]
    json.dumps(result.to_columns())


def test_columns_count_characters_not_bytes_on_non_ascii_lines() -> None:
    result = analyze("$gruß = 'Jürgen'; Invoke-Expression $gruß")
    assert [(f.line, f.column) for f in hits(result, "PSAvoidUsingInvokeExpression")] == [(1, 19)]


def test_broken_script_still_gets_security_findings_and_parse_error() -> None:
    result = analysis("broken_unclosed_string.ps1")
    assert {f.rule for f in result.findings} >= {"PSParseError", "PSDownloadCradle", "PSDefenderTampering"}
    assert result.security_score < 50


def test_null_conditional_access_the_grammar_lacks_parses_without_errors() -> None:
    result = analysis("grammar_gaps.ps1")
    assert hits(result, "PSParseError") == []
    assert [(f.line, f.detail) for f in hits(result, "PSUseCompatibleSyntax")] == [
        (11, "PSCompatibilityNullConditional"), (12, "PSCompatibilityNullConditional")]


def test_analysis_restores_the_garbage_collector_state() -> None:
    assert gc.isenabled()
    analyze_script("Get-Date")
    assert gc.isenabled()
    gc.disable()
    try:
        analyze_script("Get-Date")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_one_mebibyte_script_is_analysed_with_capped_columns() -> None:
    unit = corpus_text("inventory_report.ps1")
    copies = ONE_MIB // len(unit.encode()) + 1
    text = unit * copies
    assert len(text.encode()) >= ONE_MIB
    result = analyze_script(text)  # its CPU time is measured by bench/analyzer_cpu.py, not here
    assert len(hits(result, "PSAvoidUsingWriteHost")) == copies
    # Nothing is cut off at the end: the last copy's Write-Host is reported on its own line.
    last_write_host = text[: text.rindex("Write-Host")].count("\n") + 1
    assert max(finding.line for finding in hits(result, "PSAvoidUsingWriteHost")) == last_write_host
    write_host = [e for e in result.best_practice_violations if e["rule"] == "PSAvoidUsingWriteHost"]
    assert len(write_host) == MAX_ENTRIES_PER_RULE
    assert result.code_complexity_metrics["function_count"] == copies
    assert len(json.dumps(result.to_columns())) < 2 * ONE_MIB


def test_every_rule_family_is_represented_in_the_corpus() -> None:
    categories = {f.category for name in EXPECTED["files"] for f in analysis(name).findings}
    assert categories == {str(category) for category in Category}


def test_best_practice_violations_interleave_parse_errors_in_source_order() -> None:
    # Both categories present: the merged list is sorted, not one category after the other; each alone is kept as is.
    text = "function f {\n  gci C:\\\n}\ntry { 1 }\nls\n"
    tree = parse_stage(text)
    findings = rules_stage(tree)
    violations = build_analysis(tree, findings, metrics_stage(tree)).best_practice_violations
    categories = [entry["category"] for entry in violations]
    assert Category.PARSE in categories and Category.BEST_PRACTICE in categories
    assert categories.index(Category.PARSE) < max(i for i, c in enumerate(categories) if c == Category.BEST_PRACTICE)
    assert [(entry["line"], entry["column"], entry["rule"]) for entry in violations] == sorted(
        (entry["line"], entry["column"], entry["rule"]) for entry in violations)
