"""Focused cases for what the blind8r corpus (admin scripts, obfuscated loaders, PowerShell 7 code) found: one
test per fix, each with near misses that must stay quiet."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("text", [
    'Write-Output "Patch $Wave: servers not back"',
    'Write-Output "$server: checking queues"',
    'throw "failed on $_:"',
    'Write-Output "done $n:$rest"',
])
def test_a_variable_then_a_colon_in_an_expandable_string_is_a_parse_error(text: str) -> None:
    result = analyze("$n = 1\n" + text + "\n")
    assert lines_of(result, "PSParseError") == [2]


def test_the_colon_in_a_here_string_is_a_parse_error_on_the_variables_line() -> None:
    result = analyze('$body = @"\nHost list\n$name: ok\n"@\n')
    assert lines_of(result, "PSParseError") == [3]


@pytest.mark.parametrize("text", [
    'Write-Output "Path $env:PATH and $script:count"',
    'Write-Output "${name}: ok and $($name): ok and $name : ok"',
    'Write-Output "$c:file is drive-qualified; [$type::Name]"',
    "Write-Output '$name: single quotes are literal'",
    'Write-Output "`$name: escaped"',
    'Write-Output "Time $($d.Hour):$($d.Minute)"',
])
def test_qualified_delimited_and_literal_colons_are_no_parse_error(text: str) -> None:
    assert lines_of(analyze("$name = 1\n" + text + "\n"), "PSParseError") == []
