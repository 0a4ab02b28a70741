"""Compatibility rules and the compatibility-notes column."""

from __future__ import annotations

from psscript_graphql.analyzer.findings import Category, Severity
from psscript_graphql.analyzer.rules.compatibility import FEATURES, PS7, WINDOWS_POWERSHELL
from tests.unit.analyzer.corpus_cases import (
    analysis,
    analyze,
    hits,
    lines_of,
)


def test_plain_windows_powershell_script_has_no_notes() -> None:
    result = analyze("Get-Service | Where-Object Status -eq 'Running' | Select-Object -First 3")
    assert result.compatibility_notes == []


def test_note_says_which_edition_it_needs() -> None:
    notes = {(n["detail"], n["line"]): n for n in analysis("compatibility_features.ps1").compatibility_notes}
    assert notes[("PSCompatibilityTernary", 5)]["requires"] == PS7
    assert notes[("PSCompatibilityTernary", 5)]["feature"] == "ternary operator ? :"
    assert notes[("PSCompatibilityWindowsPowerShellCmdlet", 13)]["requires"] == WINDOWS_POWERSHELL
    assert notes[("PSCompatibilityWorkflow", 16)]["requires"] == WINDOWS_POWERSHELL
    assert notes[("PSCompatibilityTernary", 5)]["rule"] == "PSUseCompatibleSyntax"
    assert notes[("PSCompatibilityWindowsPowerShellCmdlet", 13)]["rule"] == "PSUseCompatibleCommands"
    assert set(notes[("PSCompatibilityTernary", 5)]) == {"feature", "requires", "message", "line", "column", "rule",
                                                        "detail", "severity"}


def test_requires_directive_is_a_note_only_when_enabled() -> None:
    script = "#Requires -Version 5.1\nGet-Date"
    assert analyze(script).compatibility_notes == []
    notes = analyze(script, enable=("PSCompatibilityRequires",)).compatibility_notes
    assert [(n["rule"], n["line"], n["requires"]) for n in notes] == [("PSCompatibilityRequires", 1, "PowerShell 5.1+")]


def test_requires_directive_later_in_file_is_read() -> None:
    result = analyze("Get-Date\n#Requires -PSEdition Core\n#requires -Version 7.2", enable=("PSCompatibilityRequires",))
    notes = {n["line"]: n["requires"] for n in result.compatibility_notes if n["rule"] == "PSCompatibilityRequires"}
    assert notes == {2: PS7, 3: "PowerShell 7.2+"}


def test_conflicting_editions_are_a_warning() -> None:
    findings = hits(analysis("compatibility_features.ps1"), "PSCompatibilityConflict")
    assert {f.line for f in findings} == {1, 11}
    assert all(f.severity is Severity.WARNING for f in findings)


def test_ps7_script_declaring_version_7_has_no_conflict() -> None:
    assert hits(analysis("clean_service_health.ps1"), "PSCompatibilityConflict") == []


def test_null_conditional_inside_string_is_not_syntax() -> None:
    result = analyze("$text = 'use ${x}?.Name in PowerShell 7'\n$text")
    assert hits(result, "PSCompatibilityNullConditional") == []


def test_operator_found_by_tree_and_token_fallback_is_reported_once() -> None:
    findings = hits(analysis("clean_disk_report_ps7.ps1"), "PSCompatibilityNullCoalescing")
    assert [f.line for f in findings] == [28]


def test_pipeline_chain_inside_broken_region_comes_from_token_fallback() -> None:
    result = analyze("$v = ${cfg}?.Value\ngit fetch && git status")
    assert lines_of(result, "PSCompatibilityPipelineChain") == [2]


def test_removed_alias_is_a_windows_powershell_note() -> None:
    result = analyze("wget https://contoso.com/file.txt -OutFile file.txt")
    assert lines_of(result, "PSCompatibilityWindowsPowerShellAlias") == [1]


def test_every_compatibility_rule_id_has_a_feature_and_requirement() -> None:
    rules = {f.detail or f.rule for f in analysis("compatibility_features.ps1").findings
             if f.category == Category.COMPATIBILITY}
    assert rules <= set(FEATURES)
    assert all(feature and requires for feature, requires in FEATURES.values())


def test_module_qualified_cmdlets_are_the_cmdlet_and_programs_named_like_cmdlets_are_not() -> None:
    qualified = analyze("Microsoft.PowerShell.Management\\Get-WmiObject Win32_OperatingSystem\n"
                        "Microsoft.PowerShell.Management\\Get-ChildItem -Path C:\\ -Force\n")
    assert {(f.rule, f.line) for f in qualified.findings} >= {("PSAvoidUsingWMICmdlet", 1),
                                                              ("PSUseCompatibleCommands", 1)}
    # A program whose file is named like a cmdlet is a program: no cmdlet rule, and no crash.
    programs = analyze("C:\\tools\\Get-WmiObject.exe x\nC:\\bin\\Invoke-WebRequest.exe -SkipHttpErrorCheck\n"
                       "C:\\bin\\Get-Uptime.exe\n")
    assert [f.rule for f in programs.findings] == []
