"""A command's comma list that starts with an expression and goes on with bare words (`command_lists`): the words
reach the parser as same-length quoted strings (constants, as PowerShell reads them), also when the statement
spans lines; in expression mode a word after a comma stays the parse error PowerShell reports."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.command_lists import quote_barewords_after_expressions
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


def test_bare_word_after_a_bracketed_argument_and_a_comma_is_no_parse_error() -> None:
    result = analyze("""
        Get-CimInstance -ClassName Win32_LogicalDisk |
            Select-Object -Property @{ Name = 'Computer'; Expression = { $Computer } }, DeviceID,
                @{ Name = 'FreePercent'; Expression = { $_.FreeSpace } }
        $rows = Format-Table -Property (Get-Date), Name -AutoSize
        Write-Output $list[0], second
    """)
    assert lines_of(result, "PSParseError") == []


def test_bare_word_after_a_bracket_and_a_comma_across_lines_is_no_parse_error() -> None:
    result = analyze("""
        Get-Process |
            Select-Object -Property @{
                Name = 'MB'; Expression = { $_.WS / 1MB }
            }, Name, @{ n = 'Id'; e = { $_.Id } },
            Path
        Sort-Object -InputObject $rows -Property @{ Expression = 'Size'; Descending = $true },
            Name
        Get-Item . | ForEach-Object { $_ | Select-Object @{ n = 'a'; e = { 1 } }, c, 'x', Owner }
        Select-Object -Property `
            @{ n = 'a'; e = { 1 } }, Name
    """)
    assert lines_of(result, "PSParseError") == []


def test_the_words_of_a_list_spanning_lines_are_constants_not_variables() -> None:
    tree = parse_script(
        "Get-Process |\n"
        "    Select-Object -Property @{\n"
        "        Name = 'MB'; Expression = { $_.WS / 1MB }\n"
        "    }, Name, @{ n = 'Id'; e = { $_.Id } },\n"
        "    Path, X\n"
    )
    (_, select) = tree.commands()
    value = select.value_of("Property")
    assert value is not None and value.kind is ArgKind.LIST
    words = [(item.kind, item.value) for item in value.items][1::2]
    assert words == [(ArgKind.STRING, "Name"), (ArgKind.STRING, "Path")]
    assert [item.kind for item in value.items] == [ArgKind.EXPRESSION, ArgKind.STRING, ArgKind.EXPRESSION,
                                                   ArgKind.STRING, ArgKind.NUMBER]  # `X` reaches the parser as `0`
    assert [variable.name for variable in tree.variables()] == ["_", "_"]


def test_a_list_of_one_property_a_line_is_quoted_to_its_end() -> None:
    names = [f"Name{number}" for number in range(40)]
    script = "Select-Object -Property @{ n = 'a'; e = { 1 } },\n" + ",\n".join(f"    {name}" for name in names) + "\n"
    assert lines_of(analyze(script), "PSParseError") == []
    (call,) = parse_script(script).commands()
    value = call.value_of("Property")
    assert value is not None and [item.value for item in value.items][1:] == names


def test_bare_word_after_a_comma_in_expression_mode_stays_a_parse_error() -> None:
    # PowerShell refuses a bare word in an expression: `$x = @{…}, b` and `(@{…}, b)` do not parse.
    assert lines_of(analyze("$pairs = @{ a = 1 }, second\n"), "PSParseError") == [1]
    assert lines_of(analyze("Write-Output (@{ a = 1 }, second)\n"), "PSParseError") == [1]
    assert lines_of(analyze("$pairs = @{\n    a = 1\n}, second\n"), "PSParseError") != []
    assert lines_of(analyze("$pairs = @{ a = 1 },\n    second\n"), "PSParseError") != []
    assert lines_of(analyze("$h = @{ Key = @{ a = 1 }, Name }\n"), "PSParseError") == [1]
    assert lines_of(analyze("ForEach-Object { @{ a = 1 }, second }\n"), "PSParseError") == [1]


@pytest.mark.parametrize("script", [
    "$h = @{\n    Key = $a, bb\n}\n",  # a hashtable's property line is no command
    "Get-Item @{\n    a = 1\n}\nFoo = $b, cc\n",  # the line after a closed bracket starts its own statement
    "Get-Item $a\n$x = $b,\n    cc\n",  # a comma ending an expression's line continues the expression
    "Get-Item (\"a`$b\"), cc\n",  # a backtick other than a line continuation: the statement is left alone
])
def test_statements_read_across_lines_keep_expression_mode(script: str) -> None:
    assert quote_barewords_after_expressions(script.encode()) == script.encode()
