"""Suggested corrections: each kind over text, applying them all, and re-analysing the result."""

from __future__ import annotations

import textwrap

import pytest

from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.analyzer.corrections import apply_corrections, correction_for
from psscript_graphql.analyzer.findings import Correction, Finding, Severity
from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, hits

CORRECTED_RULES = ("PSAvoidUsingCmdletAliases", "PSPossibleIncorrectComparisonWithNull", "PSAvoidTrailingWhitespace",
                   "PSAvoidUsingDoubleQuotesForConstantString", "PSUseApprovedVerbs")
MESSY = textwrap.dedent("""\
    function Delete-TempFile {
        [CmdletBinding(SupportsShouldProcess)]
        param([string]$Path)   
        gci $Path -Recurse | ? { $_.Length -gt 0 } | % { $_.FullName }
        if ($Item -eq $null) { Write-Output "nothing to do" }	
        $label = "caf\u00e9 ok"; sort -InputObject $label
    }
    """)
# Off by default, as in PSScriptAnalyzer: these tests turn it on.
OPT_IN = ("PSAvoidUsingDoubleQuotesForConstantString",)


def test_each_correction_is_a_range_and_its_replacement() -> None:
    result = analyze_script(MESSY, enable=OPT_IN)
    by_rule: dict[tuple[str, int], Correction] = {}
    for finding in result.findings:
        if finding.correction is not None:
            by_rule.setdefault((finding.rule, finding.line), finding.correction)  # the first on a line
    assert by_rule[("PSAvoidUsingCmdletAliases", 4)] == Correction(
        4, 5, 4, 8, "Get-ChildItem", "Replace the alias 'gci' with 'Get-ChildItem'.")
    assert by_rule[("PSPossibleIncorrectComparisonWithNull", 5)] == Correction(
        5, 9, 5, 24, "$null -eq $Item", "Put $null on the left side of the comparison.")
    assert by_rule[("PSAvoidTrailingWhitespace", 3)].replacement == ""
    assert (by_rule[("PSAvoidTrailingWhitespace", 3)].start_column, by_rule[("PSAvoidTrailingWhitespace", 3)].end_column) \
        == (25, 28)
    assert by_rule[("PSAvoidUsingDoubleQuotesForConstantString", 5)].replacement == "'nothing to do'"
    # Columns count characters, not bytes: the string after "café" starts at the same column either way.
    cafe = by_rule[("PSAvoidUsingDoubleQuotesForConstantString", 6)]
    assert (cafe.start_column, cafe.end_column, cafe.replacement) == (14, 23, "'caf\u00e9 ok'")
    assert by_rule[("PSUseApprovedVerbs", 1)].replacement == "Remove-TempFile"


def test_applying_every_correction_removes_those_findings_and_keeps_the_script_valid() -> None:
    before = analyze_script(MESSY, enable=OPT_IN)
    assert before.corrected_content is not None
    after = analyze_script(before.corrected_content, enable=OPT_IN)
    assert not parse_script(before.corrected_content).has_errors
    for rule in CORRECTED_RULES:
        assert hits(before, rule), rule
        assert hits(after, rule) == [], rule
    assert "Get-ChildItem $Path -Recurse | Where-Object { $_.Length -gt 0 } | ForEach-Object" in before.corrected_content
    assert "function Remove-TempFile {" in before.corrected_content
    assert "Sort-Object -InputObject $label" in before.corrected_content
    assert [f for f in after.findings if f.correction is not None] == []


def test_a_script_without_corrections_has_no_corrected_content() -> None:
    assert analyze_script("Get-ChildItem -Path $env:TEMP\n").corrected_content is None


def test_an_unapproved_verb_without_a_mechanical_replacement_or_with_callers_is_not_renamed() -> None:
    result = analyze("""
        function Frobnicate-Widget { 'x' }
        function Delete-Widget { 'x' }
        Delete-Widget
    """)
    verbs = hits(result, "PSUseApprovedVerbs")
    assert len(verbs) == 2 and all(f.correction is None for f in verbs)


def test_aliases_invoked_through_an_operator_or_shadowed_by_functions_are_not_rewritten() -> None:
    assert all(f.correction is None for f in hits(analyze("& gci"), "PSAvoidUsingCmdletAliases"))


@pytest.mark.parametrize(
    ("content", "corrections", "expected"),
    [
        ("abc\ndef\n", [Correction(1, 2, 1, 3, "X", ""), Correction(2, 1, 2, 4, "", "")], "aXc\n\n"),
        # Overlapping: the one starting first wins, the other is skipped.
        ("abcdef", [Correction(1, 2, 1, 5, "X", ""), Correction(1, 3, 1, 4, "Y", "")], "aXef"),
        # Out of range positions are ignored.
        ("abc", [Correction(9, 1, 9, 2, "X", "")], "abc"),
        # A byte-order mark is kept and not counted.
        ("\ufeffgci", [Correction(1, 1, 1, 4, "Get-ChildItem", "")], "\ufeffGet-ChildItem"),
        # Insertions at the same place as a replacement both apply, in order.
        ("ab", [Correction(1, 2, 1, 2, "-", ""), Correction(1, 2, 1, 3, "B", "")], "a-B"),
    ],
)
def test_apply_corrections(content: str, corrections: list[Correction], expected: str) -> None:
    assert apply_corrections(content, corrections) == expected


def test_corrections_survive_the_stored_json_form() -> None:
    finding = next(f for f in analyze_script(MESSY, enable=OPT_IN).findings if f.correction is not None)
    stored = finding.to_dict()["correction"]
    assert Correction.from_dict(stored) == finding.correction
    assert Correction.from_dict({"start_line": 1}) is None


@pytest.mark.parametrize(
    ("rule", "script", "at", "expected"),
    [
        # Rules of the PSScriptAnalyzer set that report where the fix goes; the finding gives the position.
        ("PSUseCorrectCasing", "get-childitem -Path C:\\\n", (1, 1), "Get-ChildItem -Path C:\\\n"),
        ("PSUseCorrectCasing", "& write-OUTPUT 'x'\n", (1, 3), "& Write-Output 'x'\n"),
        ("PSAvoidSemicolonsAsLineTerminators", "Get-Date;\n", (1, 9), "Get-Date\n"),
        ("PSAvoidExclaimOperator", "if (!$ok) { 1 }\n", (1, 5), "if (-not $ok) { 1 }\n"),
        ("PSAvoidExclaimOperator", "if (! $ok) { 1 }\n", (1, 5), "if (-not $ok) { 1 }\n"),
        ("PSMisleadingBacktick", "Get-ChildItem `  \n  -Recurse\n", (1, 15), "Get-ChildItem `\n  -Recurse\n"),
        ("PSUseLiteralInitializerForHashtable", "$h = New-Object Hashtable\n", (1, 6), "$h = @{}\n"),
        ("PSUseLiteralInitializerForHashtable", "$h = New-Object -TypeName System.Collections.Hashtable\n", (1, 6),
         "$h = @{}\n"),
    ],
)
def test_corrections_for_rules_that_report_the_place_to_fix(
    rule: str, script: str, at: tuple[int, int], expected: str
) -> None:
    tree = parse_script(script)
    correction = correction_for(tree, Finding(rule, Severity.INFORMATION, "m", *at))
    assert correction is not None
    assert apply_corrections(script, [correction]) == expected


@pytest.mark.parametrize(
    ("rule", "script", "at"),
    [
        ("PSUseCorrectCasing", "Get-ChildItem\n", (1, 1)),  # already canonical
        ("PSUseCorrectCasing", "my-function\n", (1, 1)),  # not a known cmdlet
        ("PSAvoidSemicolonsAsLineTerminators", "Get-Date\n", (1, 3)),  # no semicolon there
        ("PSUseLiteralInitializerForHashtable", "$h = New-Object Collections.ArrayList\n", (1, 6)),
        ("PSAvoidTrailingWhitespace", "Get-Date  # x\n", (1, 9)),  # not at the end of the line
        ("PSProvideCommentHelp", "function Get-X { }\n", (1, 1)),  # no correction for this rule
    ],
)
def test_no_correction_where_the_fix_is_not_mechanical(rule: str, script: str, at: tuple[int, int]) -> None:
    assert correction_for(parse_script(script), Finding(rule, Severity.INFORMATION, "m", *at)) is None


def test_trailing_whitespace_inside_a_here_string_is_reported_but_not_corrected() -> None:
    # Removing it would change the string's value; a script with no here-string (no `@` at all) skips
    # building its strings for this question, and its trailing whitespace is corrected as before.
    script = "$text = @'\nkept   \n'@\nGet-Date   \n"
    found = [f for f in analyze_script(script).findings if f.rule == "PSAvoidTrailingWhitespace"]
    assert [(f.line, f.correction is None) for f in found] == [(2, True), (4, False)]
    plain = [f for f in analyze_script("Get-Date   \n").findings if f.rule == "PSAvoidTrailingWhitespace"]
    assert plain[0].correction == Correction(1, 9, 1, 12, "", "Remove the trailing whitespace.")
