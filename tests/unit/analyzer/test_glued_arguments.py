"""A command argument whose expression is glued to more text (`command_lists.separate_glued_arguments`):
`$(Get-Location)\\sub`, `$($a)$($b)`, `$x.Trim()[0]`, `$cfg.Root\\logs` are valid PowerShell that
tree-sitter-pwsh refused (a false PSParseError swallowing the line); the glued byte reaches the parser as a
space, and what the grammar already reads glued is left as it is."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("line", [
    "Copy-Item $(Get-Location)\\sub\\a.txt -Destination C:\\dest",
    "Write-Output $($first)$($last)",
    "Write-Output ($name)_backup @(1, 2)x",
    "Write-Output $name.Trim()[0]; Write-Output $line.Split(',')[$i].Length",
    "Write-Output $parts[0]$suffix $rows[1]x",
    "Get-ChildItem $cfg.Root\\logs; Get-Item $site.Path/web.config $items[0].Dir\\a",
    "Write-Output $text.Trim()x $(1)@(2)",
    "if ($ok) { Write-Host $(Get-Date)Z }",
    "Copy-Item -Path $_.FullName -Destination $staging\\$($_.Directory.Name)_$($_.Name)",  # a path from a variable
    "Copy-Item $env:TEMP/$(Get-Date -Format yyyy)/$($n) -Destination x; Get-Item $a\\b_$($i)",
])
def test_an_expression_glued_to_more_text_in_a_command_argument_is_no_parse_error(line: str) -> None:
    result = analyze(line + "\nWrite-Host 'the next line is analysed'\n")
    assert lines_of(result, "PSParseError") == []
    assert 2 in lines_of(result, "PSAvoidUsingWriteHost")
    assert len(parser_input(line.encode())) == len(line.encode())
    assert not parse_script(line).has_errors


def test_the_commands_and_variables_inside_the_glued_parts_stay_in_the_tree() -> None:
    tree = parse_script("Write-Output $(Get-Date)$(Invoke-Expression $cmd)\n")
    assert [command.name for command in tree.commands()] == ["Write-Output", "Get-Date", "Invoke-Expression"]
    assert [variable.name for variable in tree.variables()] == ["cmd"]
    result = analyze("$cmd = 'x'\nWrite-Output $(Get-Date)$(Invoke-Expression $cmd)\n")
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [2]
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == []


@pytest.mark.parametrize("text", [
    "$y = $x.Trim()[0]; $z = $(1)",  # expression mode
    "Write-Output ($x.Trim()[0])",
    "Write-Output $(Get-Date).Year (Get-Process)[0] $(1)\"x\" $(1)-x",  # glued forms the grammar reads
    "Get-ChildItem C:\\logs\\app[0-9]x.log *[0-9]$x .\\app[0-9]y",  # wildcards in words
    "scp.exe -q a.zip deploy@build01:/srv/drop/$($version)/",  # a subexpression inside a word
    "icacls.exe C:\\x --% /grant \"NT SERVICE\\MSSQL\":(OI)(CI)RX",  # stop-parsing: the rest is verbatim
    "[int]$x; Write-Output [int]$x",  # a cast is no index
    "$s = 'Write-Output $(1)x'",  # a string
])
def test_what_the_grammar_reads_already_reaches_it_unchanged(text: str) -> None:
    assert parser_input(text.encode()) == text.encode()


def test_a_member_after_a_call_is_still_one_argument_and_counted_once() -> None:
    result = analyze("Join-Path $root.Trim()[0] logs app.log\nJoin-Path $root.Trim()[0] logs\n")
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == [1]
    assert lines_of(result, "PSParseError") == []


def test_real_mistakes_next_to_glued_arguments_are_still_parse_errors() -> None:
    result = analyze("Write-Output $(Get-Date)x\nif ($a -eq 1 { Write-Output $name.Trim()[0] }\n")
    assert lines_of(result, "PSParseError") == [2]


@pytest.mark.parametrize("line", [
    "New-ScheduledTaskAction -Argument \"-c `\"IEX (New-Object Net.WebClient).DownloadString('$c')`\"\"",
    "Write-Output \"`\"$((Get-Date).Year)`\" and `\"(x).y(z)`\"\"",
])
def test_an_escaped_quote_inside_a_string_argument_does_not_end_it(line: str) -> None:
    # `" is a quote inside "…": what follows is still the string's text, nothing glued to an argument
    assert parser_input(line.encode()) == line.encode()
    result = analyze(line + "\nWrite-Host 'the next line is analysed'\n")
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSAvoidUsingWriteHost") == [2]


def test_an_argument_glued_after_a_string_with_escaped_quotes_is_still_separated() -> None:
    line = "Write-Output \"a`\"b\" $name.Trim().Length"
    assert parser_input(line.encode()).endswith(b"$name.Trim() Length")
    assert not parse_script(line).has_errors
