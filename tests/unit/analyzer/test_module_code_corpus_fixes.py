"""Focused cases for what the module-code independent corpus (Pester files, psake/Invoke-Build scripts,
DSC resources, manifests) found: one test per fixed miss or false finding, with a near miss."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_an_assigned_condition_that_runs_a_command_anywhere_is_not_an_incorrect_assignment() -> None:
    result = analyze("""
        while ($depth = (Get-QueueDepth -Name $queue)) { $depth }
        if ($file = [System.IO.Path]::GetTempFileName()) { $file }
        if ($items = @($list | Where-Object { $_.Enabled })) { $items }
        if ($alerts = 5) { $alerts }
        if ($sum = 1 + $x.Count()) { $sum }
    """)
    # PSScriptAnalyzer accepts a command anywhere on the right, or a member call as its first expression.
    assert lines_of(result, "PSPossibleIncorrectUsageOfAssignmentOperator") == [4, 5]
