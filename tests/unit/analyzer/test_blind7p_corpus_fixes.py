"""Focused cases for what the blind7p corpus (good code from CI/CD, infrastructure and endpoint management)
found: one test per fixed false finding, each with a near miss that must stay."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.grammar_gaps import parser_input
from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("line", [
    "& npm test -- --ci --reporters=default --reporters=jest-junit",
    "git log --oneline -- src/app.ps1",
    "dotnet run --project ./tool -- --verbose",
    "Get-Item x | git diff --stat --",
    "if ($changed) { git checkout -- 'a b.txt' }",
])
def test_the_end_of_parameters_marker_of_a_native_command_is_no_parse_error(line: str) -> None:
    result = analyze(line + "\nWrite-Output 'next'\n")
    assert lines_of(result, "PSParseError") == []
    assert len(parser_input(line.encode())) == len(line.encode())


@pytest.mark.parametrize("text", ["$i--; --$j", "$count = $total--", "Write-Output '--'; # git log -- x"])
def test_the_decrement_operator_and_quoted_dashes_are_left_to_the_parser(text: str) -> None:
    assert parser_input(text.encode()) == text.encode()


def test_the_marker_is_not_a_positional_argument() -> None:
    result = analyze("Join-Path a b -- \nJoin-Path a b c\n")
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == [2]
