"""Analyzer settings: include/exclude wildcards, severity, opt-in rules, settings files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from psscript_graphql.analyzer.analyze import analyze_script, rules_stage
from psscript_graphql.analyzer.findings import Finding, Severity
from psscript_graphql.analyzer.parse import ScriptTree, parse_script
from psscript_graphql.analyzer.rules.registry import declared_ids, is_enabled_by_default, rule
from psscript_graphql.analyzer.settings import AnalyzerSettings, SettingsError, load_settings_file

SCRIPT = "gci | % { $_ }\nWrite-Host \"hi\"\niex $code\nvssadmin delete shadows /all\n"


def rules_of(settings: AnalyzerSettings | None) -> set[str]:
    return {finding.rule for finding in analyze_script(SCRIPT, settings).findings}


def test_without_settings_every_default_rule_runs() -> None:
    assert {"PSAvoidUsingCmdletAliases", "PSAvoidUsingWriteHost", "PSAvoidUsingInvokeExpression",
            "PSInhibitSystemRecovery"} <= rules_of(None)
    # Off by default, as in PSScriptAnalyzer: only an exact includeRules entry turns it on.
    assert "PSAvoidUsingDoubleQuotesForConstantString" not in rules_of(None)
    assert "PSAvoidUsingDoubleQuotesForConstantString" in rules_of(
        AnalyzerSettings.build(include_rules=["PSAvoidUsingDoubleQuotesForConstantString", "PSAvoidUsing*"]))


def test_include_rules_take_psscriptanalyzer_wildcards_case_insensitively() -> None:
    found = rules_of(AnalyzerSettings.build(include_rules=["psavoidusing*"]))
    assert found == {"PSAvoidUsingCmdletAliases", "PSAvoidUsingWriteHost", "PSAvoidUsingInvokeExpression"}
    assert rules_of(AnalyzerSettings.build(include_rules=["PSInhibit?ystemRecovery"])) == {"PSInhibitSystemRecovery"}
    assert rules_of(AnalyzerSettings.build(include_rules=["PSAvoidUsing[CW]*"])) == {
        "PSAvoidUsingCmdletAliases", "PSAvoidUsingWriteHost"}


def test_exclude_rules_win_over_include_rules() -> None:
    found = rules_of(AnalyzerSettings.build(include_rules=["PSAvoidUsing*"], exclude_rules=["*Alias*", "*Quotes*"]))
    assert found == {"PSAvoidUsingWriteHost", "PSAvoidUsingInvokeExpression"}


def test_severity_keeps_listed_levels_and_error_keeps_critical() -> None:
    result = analyze_script(SCRIPT, AnalyzerSettings.build(severity=["Error"]))
    assert {f.severity for f in result.findings} <= {Severity.ERROR, Severity.CRITICAL}
    assert "PSInhibitSystemRecovery" in {f.rule for f in result.findings}
    only_info = analyze_script(SCRIPT + "$y = $a ?? 'b'\n", AnalyzerSettings.build(severity=["information"]))
    assert {f.severity for f in only_info.findings} == {Severity.INFORMATION}


def test_empty_lists_mean_no_filter() -> None:
    assert rules_of(AnalyzerSettings.build(include_rules=[], severity=[])) == rules_of(None)


def test_settings_change_scores_and_corrections_too() -> None:
    narrowed = analyze_script(SCRIPT, AnalyzerSettings.build(exclude_rules=["PSAvoidUsingCmdletAliases"]))
    assert narrowed.corrected_content is None  # the aliases' were the only corrections
    assert analyze_script(SCRIPT).corrected_content.startswith("Get-ChildItem | ForEach-Object")


@rule("PSTestOptIn", enabled_by_default=False)
def opt_in_rule(tree: ScriptTree) -> Iterator[Finding]:
    yield Finding("PSTestOptIn", Severity.INFORMATION, "opt-in ran", 1, 1)


@rule("PSTestDefault")
def default_rule(tree: ScriptTree) -> Iterator[Finding]:
    yield Finding("PSTestDefault", Severity.WARNING, "default ran", 1, 1)


def undeclared_rule(tree: ScriptTree) -> Iterator[Finding]:
    yield Finding("PSTestUndeclared", Severity.WARNING, "undeclared ran", 1, 1)


def _run(settings: AnalyzerSettings | None) -> set[str]:
    findings = rules_stage(parse_script("Get-Date\n"), settings,
                           rules=(opt_in_rule, default_rule, undeclared_rule), folded_text_rules=())
    return {finding.rule for finding in findings}


def test_a_rule_declares_its_ids_and_whether_it_is_on_by_default() -> None:
    assert declared_ids(opt_in_rule) == ("PSTestOptIn",) and not is_enabled_by_default(opt_in_rule)
    assert is_enabled_by_default(default_rule) and is_enabled_by_default(undeclared_rule)
    with pytest.raises(ValueError, match="at least one rule id"):
        rule()


def test_opt_in_rules_run_only_when_included_by_their_exact_name() -> None:
    assert _run(None) == {"PSTestDefault", "PSTestUndeclared"}
    assert _run(AnalyzerSettings.build(include_rules=["PSTest*"])) == {"PSTestDefault", "PSTestUndeclared"}
    assert _run(AnalyzerSettings.build(include_rules=["pstestoptin"])) == {"PSTestOptIn"}
    assert _run(AnalyzerSettings.build(include_rules=["PSTestOptIn", "PSTestD*"])) == {"PSTestOptIn", "PSTestDefault"}
    assert _run(AnalyzerSettings.build(include_rules=["PSTestOptIn"], exclude_rules=["PSTestOpt*"])) == set()


def test_request_settings_replace_the_default_field_by_field() -> None:
    default = AnalyzerSettings.build(exclude_rules=["PSAvoidUsingWriteHost"], severity=["warning"])
    request = AnalyzerSettings.build(severity=["error", "information"])
    merged = default.overridden_by(request)
    assert merged.exclude_rules == ("PSAvoidUsingWriteHost",)
    assert merged.severity == (Severity.INFORMATION, Severity.ERROR)
    assert merged.include_rules is None


def test_settings_are_normalized_so_equal_settings_store_equal_json() -> None:
    one = AnalyzerSettings.build(include_rules=["PSB", "psa", "PSA"], severity=["Error", "warning", "error"])
    assert one.to_json() == {"include_rules": ["psa", "PSB"], "severity": ["warning", "error"]}
    assert AnalyzerSettings.from_json(one.to_json()) == one
    assert AnalyzerSettings().to_json() == {}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"include_rules": ["PS Avoid"]}, "not a rule name"),
        ({"include_rules": [""]}, "not a rule name"),
        ({"exclude_rules": [42]}, "not a rule name"),
        ({"include_rules": ["x" * 200]}, "not a rule name"),
        ({"include_rules": ["PSA"] * 201}, "at most 200"),
        ({"severity": ["loud"]}, "not one of information, warning, error, critical"),
        ({"include_rules": {"a": 1}}, "must be a list"),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message(values: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        AnalyzerSettings.build(**values)


def test_settings_files_in_json_and_psd1_form(tmp_path: Path) -> None:
    as_json = tmp_path / "settings.json"
    as_json.write_text(json.dumps({"IncludeRules": ["PSAvoid*"], "Severity": ["Error", "Warning"]}))
    assert load_settings_file(as_json) == AnalyzerSettings.build(include_rules=["PSAvoid*"], severity=["error", "warning"])
    as_psd1 = tmp_path / "PSScriptAnalyzerSettings.psd1"
    as_psd1.write_text(
        "# team settings\n@{\n    ExcludeRules = @('PSAvoidUsingWriteHost',\n                     'PSUseSingularNouns')\n"
        "    Severity = 'Error'\n    Rules = @{ PSPlaceOpenBrace = @{ Enable = $true } }\n}\n",
        encoding="utf-8-sig",
    )
    assert load_settings_file(as_psd1) == AnalyzerSettings.build(
        exclude_rules=["PSAvoidUsingWriteHost", "PSUseSingularNouns"], severity=["error"])


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("s.json", "{not json", "not valid JSON"),
        ("s.json", '{"IncludeRule": ["x"]}', "unknown settings key 'IncludeRule'"),
        ("s.json", '["PSAvoid*"]', "must be an object"),
        ("s.psd1", "Get-Process", "not a PowerShell data file"),
        ("s.psd1", "@{ IncludeRules = @(Get-Rules) }", "must be a string or an array of strings"),
        ("s.psd1", "@{ Severity = @('Error'", "not a PowerShell data file"),
    ],
)
def test_bad_settings_files_name_the_file_and_the_problem(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(SettingsError, match=message) as raised:
        load_settings_file(path)
    assert str(path) in str(raised.value)


def test_a_missing_settings_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot read analyzer settings file"):
        load_settings_file(tmp_path / "absent.psd1")
