"""Focused cases for what the blind6o corpus (PowerShell 7 syntax, compatibility, PS7 parse errors) found: one
test per fixed miss or false finding, each with a near miss that must stay quiet."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("text", [
    "${config}?.LogLevel = 'Debug'\n",
    "${items}?[0] = 'first'\n",
    "$config.Logging?.Level = 'Debug'\n",
    "(Get-Item -Path .)?.Attributes = 'Hidden'\n",
    "${config}?.Environment ??= 'Development'\n",
])
def test_assigning_to_a_null_conditional_access_is_a_parse_error(text: str) -> None:
    # PowerShell's semantic check refuses it (InvalidLeftHandSide), reported at the target.
    assert lines_of(analyze(text), "PSParseError") == [1]


@pytest.mark.parametrize("text", [
    "$config?.LogLevel = 'Debug'\n",  # the variable `config?` and a plain member
    "$items?[0] = 'first'\n",
    "${config}.LogLevel = 'Debug'\n",
    "$level = ${config}?.LogLevel\n$level\n",  # read, not assigned
    "$config.Logging.Level = 'Debug'\n",
])
def test_assigning_to_a_plain_member_or_reading_a_null_conditional_one_is_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []
