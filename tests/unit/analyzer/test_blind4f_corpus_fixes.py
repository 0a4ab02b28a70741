"""Focused cases for what the blind4f corpus (valid PowerShell in all its syntactic variety) found: one
test per fixed miss or false finding, each with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.commands import ArgKind
from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, lines_of


def _parses(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []
    assert len(parser_input(text.encode())) == len(text.encode())


@pytest.mark.parametrize("line", [
    "function Get-Ordinal { param([int]$Number) switch ($Number % 10) { 1 { 'st' } 2 { 'nd' } default { 'th' } } }",
    "function Format-Bytes { param([long]$Bytes) if ($Bytes -ge 1GB) { 'G' } else { \"$Bytes B\" } }",
    "$sb = { param($a, [string]$b = ')') Get-Item -Path $a }",
    "[CmdletBinding()]param($Path) Get-Item -Path $Path",
    "function G {\n    param($a) $a\n}",
    "function Get-Y { <# .SYNOPSIS\n  Y. #> param($a) $a }",
])
def test_a_statement_may_follow_a_param_block_on_its_line(line: str) -> None:
    _parses(line)


def test_the_statement_after_a_param_block_keeps_its_commands_and_variables() -> None:
    tree = parse_script("function G { param([int]$N) Get-Item -Path $N }\n")
    assert [call.name for call in tree.commands()] == ["Get-Item"]
    assert [variable.name for variable in tree.variables()] == ["n", "n"]


@pytest.mark.parametrize("line", [
    "7z.exe a -tzip out.zip .\\artifacts\\* -xr!*.pdb -mx=9",
    "java -Dlog4j.configurationFile=log4j2.xml -jar app.jar",
    "Get-ChildItem -Path C:\\Logs -x*.txt",
    "tool.exe --config=.\\a.json --log-level=debug --foo.bar=baz",
])
def test_a_parameter_token_with_a_dot_in_it_parses(line: str) -> None:
    _parses(line)


@pytest.mark.parametrize("line", [
    "$a = $b -eq.5",  # an operator before a number is no parameter
    "Get-Item -Path $x.Name -Filter:*.txt",  # a member access and a colon-bound value are read as they are
])
def test_an_operator_or_a_member_access_is_not_undotted(line: str) -> None:
    assert parser_input(line.encode()) == line.encode()


@pytest.mark.parametrize("text", [
    "[ValidateRange(1, 64)][int]$workers = 8\n$workers",
    "[ValidateNotNull()][ValidateLength(1, 5)][string]$name = 'a'\n$name",
    "[ValidateNotNull()][ValidateLength(1, 5)]$name = 'a'\n$name",
    "if ($x) { [ValidateSet('a', 'b')][string]$mode = 'a' }",
])
def test_attributes_before_a_typed_variable_in_an_assignment_parse(text: str) -> None:
    _parses(text)


def test_the_attributes_of_parameters_and_class_members_are_left_to_the_grammar() -> None:
    text = (b"function G { param([ValidateRange(1, 64)][int]$Workers = 8) $Workers }\n"
            b"class A {\n    [ValidateNotNull()][string]$Name = 'x'\n}\n")
    rewritten = parser_input(text)
    assert rewritten.count(b"[ValidateRange(1, 64)]") == 1 and rewritten.count(b"[ValidateNotNull()]") == 1
    assert b"<#" not in rewritten


def test_a_param_block_alone_on_its_line_and_a_real_error_after_it_stay_as_they_are() -> None:
    assert parser_input(b"function G { param($a)\n    $a\n}\n") == b"function G { param($a)\n    $a\n}\n"
    assert lines_of(analyze("function G { param($a) if ($a { 1 } }"), "PSParseError") != []


@pytest.mark.parametrize("line", [
    "Write-Output -InputObject release-$version.zip, (Get-Item -Path .\\artifacts).FullName, 42, -7",
    "Write-Output 42, a-$v.txt, b",
    "Write-Output a, b-$v.txt",
    "Copy-Item -Path $env:TEMP\\x.log, log-$stamp.txt -Destination C:\\Logs",
])
def test_a_word_with_a_variable_in_it_may_be_in_a_command_list(line: str) -> None:
    _parses(line)


def test_such_a_word_stays_an_expandable_argument_that_reads_its_variable() -> None:
    tree = parse_script("Write-Output -InputObject release-$version.zip, 42\n")
    value = tree.commands()[0].value_of("InputObject")
    assert value is not None and value.kind is ArgKind.LIST
    assert [(item.kind, item.value) for item in value.items] == [
        (ArgKind.EXPANDABLE, "release-$version.zip"), (ArgKind.NUMBER, "42")]
    assert [variable.name for variable in tree.variables()] == ["version"]


@pytest.mark.parametrize("line", [
    "Write-Output a-$v, 42",  # quoting would cut the variable's name: left to the parser
    "a$v.x, b",  # a command's name is never quoted
    "Write-Output release-$version.zip",  # not in a list: the grammar reads it
])
def test_a_word_ending_with_its_variable_or_not_in_a_list_is_not_quoted(line: str) -> None:
    assert parser_input(line.encode()) == line.encode()


def test_a_powershell_7_parameter_is_reported_on_the_line_it_is_written_on() -> None:
    result = analyze("""
        Invoke-RestMethod -Uri $uri -Method Post `
            -Credential $c -Authentication Basic -AllowUnencryptedAuthentication
        $items | ForEach-Object `
            -Parallel { $_ }
        Invoke-RestMethod -Uri $uri -SkipHttpErrorCheck
    """)
    assert lines_of(result, "PSCompatibilityPowerShell7Parameter") == [2, 5]
    assert lines_of(result, "PSCompatibilityForEachParallel") == [4]


def test_a_computed_property_read_is_no_obfuscated_method_name_but_a_computed_call_is() -> None:
    result = analyze("""
        $prefix = 'Install'
        $location = $settings.($prefix + '-Location')
        $wc = New-Object Net.WebClient
        $text = $wc.('Down' + 'loadString')('http://x')
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == [4]


def test_write_host_is_skipped_in_functions_whose_name_as_written_starts_with_show() -> None:
    result = analyze("""
        function global:Show-Banner { Write-Host 'a' }
        function Show-Menu {
            function Get-Choice { Write-Host 'b' }
            Write-Host 'c'
        }
        function ShowStatus { Write-Host 'd' }
        function Get-Status { Write-Host 'e' }
    """)
    assert lines_of(result, "PSAvoidUsingWriteHost") == [1, 7]


@pytest.mark.parametrize("text", [
    "7z.exe a out.zip -xr!*.pdb (",  # an unclosed group after a dotted parameter
    "[ValidateRange(1, 64)][int]$workers =",  # an assignment without a value
    "Write-Output release-$version.zip,",  # a list that ends in a comma
    "function G { param([int]$N) if ($N { 1 } }",  # an unclosed condition after a param block
])
def test_near_misses_that_powershell_refuses_are_still_parse_errors(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") != []


def test_a_dot_inside_a_word_or_a_member_access_is_not_touched() -> None:
    for line in (b"& .\\Get-Item.ps1 -Name x", b"git log -n5 HEAD.txt", b"Get-Item $a.b -Name x.y"):
        assert parser_input(line) == line


@pytest.mark.parametrize("line", [
    "7z.exe x archive.7z -o\"C:\\Program Files\\Tool\" -y",
    "7z.exe x archive.7z -o'C:\\out' -aoa",
    "git commit --author=\"Build Bot <bot@contoso.com>\" -m \"release $version\"",
])
def test_a_parameter_glued_to_a_quoted_string_parses(line: str) -> None:
    _parses(line)


def test_an_operator_glued_to_a_string_and_a_glued_string_with_a_variable_are_not_rewritten() -> None:
    for line in (b"$ok = $a -eq\"x y\" -or $b -like'*a b*'", b"7z.exe x a.7z -o\"$dir\\x\""):
        assert parser_input(line) == line
    tree = parse_script("git commit --author=\"A <a@b.c>\" -m $message\n")
    assert [variable.name for variable in tree.variables()] == ["message"]


def test_global_variables_are_reported_unless_pssa_lists_them_as_initialized() -> None:
    result = analyze("""
        $global:ErrorView = 'ConciseView'
        $global:ErrorActionPreference = 'Stop'
        $global:OutputEncoding = [Text.Encoding]::UTF8
        $global:PSDefaultParameterValues['*:Verbose'] = $true
        $global:FormatEnumerationLimit = 10
        $global:ProjectRoot = 'D:\\src'
    """)
    assert lines_of(result, "PSAvoidGlobalVars") == [1, 5, 6]
