"""Performance rules on the corpus and on focused snippets."""

from __future__ import annotations

from psscript_graphql.analyzer.findings import Category, Severity
from tests.unit.analyzer.corpus_cases import (
    analysis,
    analyze,
    hits,
    lines_of,
)


def test_numeric_counter_in_loop_is_not_array_addition() -> None:
    result = analyze("""
        $total = 0
        foreach ($file in Get-ChildItem) { $total += $file.Length }
        $total
    """)
    assert hits(result, "PSAvoidArrayAdditionInLoop") == []
    assert hits(result, "PSAvoidStringConcatenationInLoop") == []


def test_array_addition_inside_foreach_object_block_is_reported() -> None:
    result = analyze("""
        $names = @()
        Get-Service | ForEach-Object { $names += $_.Name }
        $names
    """)
    assert lines_of(result, "PSAvoidArrayAdditionInLoop") == [2]


def test_typed_array_variable_addition_in_while_loop_is_reported() -> None:
    result = analyze("""
        [string[]]$lines = @()
        while ($lines.Count -lt 10) { $lines += 'x' }
    """)
    assert lines_of(result, "PSAvoidArrayAdditionInLoop") == [2]


def test_array_addition_outside_loops_is_fine() -> None:
    result = analyze("$list = @()\n$list += 'one'\n$list")
    assert hits(result, "PSAvoidArrayAdditionInLoop") == []


def test_filter_at_source_satisfies_filter_left() -> None:
    result = analyze("""
        Get-ChildItem -Path C:\\Logs -Filter *.log | Where-Object { $_.Length -gt 1MB }
        Get-ADUser -Filter 'Enabled -eq $false' | Where-Object { $_.Surname }
        Get-ADUser -Identity jdoe | Where-Object Enabled
        Get-Service | Where-Object Status -eq Running
    """)
    assert hits(result, "PSFilterLeft") == []


def test_small_or_parallel_ranges_do_not_need_foreach_statement() -> None:
    result = analyze("1..10 | ForEach-Object { $_ }\n1..100000 | ForEach-Object -Parallel { $_ }\n(1..$n) | ForEach-Object { $_ }")
    assert lines_of(result, "PSAvoidForEachObjectOverLargeRange") == [3]


def test_get_content_of_the_loop_variable_is_not_repeated() -> None:
    result = analyze("""
        foreach ($path in $paths) { Get-Content -Path $path }
        Get-ChildItem -Filter *.txt | ForEach-Object { Get-Content -Path $_.FullName }
        for ($i = 0; $i -lt 3; $i++) { Get-Content -Path "part$i.txt" }
    """)
    assert hits(result, "PSAvoidRepeatedGetContentInLoop") == []


def test_get_content_of_a_constant_path_in_loop_is_repeated() -> None:
    result = analyze("while ($true) { $config = Get-Content -Path .\\config.json; if ($config) { break } }")
    assert lines_of(result, "PSAvoidRepeatedGetContentInLoop") == [1]


def test_out_null_in_loop_is_a_warning_and_outside_no_finding() -> None:
    severities = {f.line: f.severity for f in hits(analysis("performance_patterns.ps1"), "PSAvoidOutNullPipeline")}
    assert severities == {21: Severity.WARNING}


def test_null_assignment_is_the_suggested_alternative_to_out_null() -> None:
    result = analyze("$null = New-Item -Path x -ItemType File\n[void](New-Item -Path y -ItemType File)")
    assert hits(result, "PSAvoidOutNullPipeline") == []


def test_wmi_cmdlet_alias_is_reported_with_cim_replacement() -> None:
    finding = hits(analyze("gwmi Win32_BIOS"), "PSAvoidUsingWMICmdlet")[0]
    assert "Get-CimInstance" in finding.hint


def test_recurse_with_filter_is_fine() -> None:
    script = "Get-ChildItem -Path C:\\Data -Recurse -Filter *.csv\ngci C:\\Data -rec"
    assert lines_of(analyze(script, enable=("PSRecurseWithoutFilter",)), "PSRecurseWithoutFilter") == [2]


def test_recurse_without_filter_is_off_by_default() -> None:
    assert lines_of(analyze("Get-ChildItem -Path C:\\Data -Recurse -File"), "PSRecurseWithoutFilter") == []


def test_filter_left_on_get_child_item_only_for_name_tests() -> None:
    result = analyze("""
        Get-ChildItem -Path C:\\Logs | Where-Object { $_.LastWriteTime -lt $cutoff }
        Get-ChildItem -Path C:\\Logs | Where-Object { $_.Extension -eq '.log' }
        Get-ChildItem -Path C:\\Logs | Where-Object Name -like '*.tmp'
    """)
    assert lines_of(result, "PSFilterLeft") == [2, 3]


def test_wmi_cmdlet_rule_is_a_best_practice_as_in_pssa() -> None:
    finding = hits(analyze("Get-WmiObject -Class Win32_BIOS"), "PSAvoidUsingWMICmdlet")[0]
    assert finding.category is Category.BEST_PRACTICE


def test_performance_hints_are_off_by_default_and_run_when_settings_name_them() -> None:
    from psscript_graphql.analyzer.analyze import analyze_script
    from psscript_graphql.analyzer.settings import AnalyzerSettings

    text = ("$names = @()\nforeach ($s in Get-Service) { $names += $s.Name }\n"
            "Get-CimInstance Win32_Process | Where-Object { $_.Name -eq 'x' }\n")
    assert analyze_script(text).performance_insights == []  # as PSScriptAnalyzer: no such rules by default
    named = AnalyzerSettings.from_json({"includeRules": ["*", "PSAvoidArrayAdditionInLoop", "PSFilterLeft"]})
    result = analyze_script(text, named)
    assert {entry["rule"] for entry in result.performance_insights} == {"PSAvoidArrayAdditionInLoop", "PSFilterLeft"}
    assert any(f.rule == "PSAvoidUsingWMICmdlet" for f in analyze_script("Get-WmiObject Win32_OS\n").findings)
