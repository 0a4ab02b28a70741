"""Focused cases for what the blind5l corpus (modules, advanced functions, best practice) found: one test per
fixed miss or false finding, each with a near miss that must stay."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_a_pipeline_parameter_read_as_the_pipeline_item_in_process_is_used() -> None:
    result = analyze("""
        function Measure-Word {
            param(
                [Parameter(ValueFromPipeline = $true)]
                $Line,
                $Unused
            )
            process { ($_ -split '\\s+').Count }
        }
        function Measure-Item {
            param([Parameter(ValueFromPipeline)] $Item)
            process { $PSItem.Length }
        }
        $sb = {
            param([Parameter(ValueFromPipeline)] $Entry)
            process { $_.Name | ForEach-Object { $_ } }
        }
        & $sb
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [5]


def test_the_pipeline_exception_needs_value_from_pipeline_and_a_process_block_reading_the_item() -> None:
    result = analyze("""
        function Measure-Word {
            param([Parameter(ValueFromPipeline = $false)] $Line)
            process { $_ }
        }
        function Measure-Item {
            param([Parameter(ValueFromPipeline)] $Item)
            end { $_ }
        }
        function Measure-Entry {
            param([Parameter(ValueFromPipeline)] $Entry)
            process { 'no item here' }
        }
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [2, 6, 10]


def test_reserved_characters_are_reported_only_for_exported_advanced_functions() -> None:
    result = analyze("""
        function Test-IsAdmin? { $true }
        function Get-Item? {
            [CmdletBinding()]
            param()
            'not exported'
        }
        function Set-Value? {
            [CmdletBinding()]
            param()
            'exported'
        }
        function Get-Value? { 'exported, not advanced' }
        Export-ModuleMember -Function 'Set-Value?', 'Get-Value?'
    """)
    assert lines_of(result, "PSReservedCmdletChar") == [7]
    (finding,) = [f for f in result.findings if f.rule == "PSReservedCmdletChar"]
    assert finding.severity.value == "warning"
