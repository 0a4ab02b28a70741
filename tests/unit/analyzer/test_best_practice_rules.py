"""Best-practice rules (PSScriptAnalyzer names) on the corpus and on focused snippets."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.findings import Severity
from tests.unit.analyzer.corpus_cases import (
    analysis,
    analyze,
    hits,
    lines_of,
)


def test_unused_parameter_names_only_the_unused_one() -> None:
    messages = [f.message for f in hits(analysis("best_practice_violations.ps1"), "PSReviewUnusedParameter")]
    assert messages == ["Parameter $Unused of function Fetch-Report is never used."]


def test_parameters_used_through_psboundparameters_are_not_unused() -> None:
    result = analyze("""
        function Get-Widget {
            [CmdletBinding()]
            param([string]$Name, [int]$Size)
            Get-Item @PSBoundParameters
        }
    """)
    assert hits(result, "PSReviewUnusedParameter") == []


def test_parameter_used_only_in_nested_script_block_counts_as_used() -> None:
    result = analyze("""
        param([string]$Pattern)
        Get-ChildItem -Path . | Where-Object { $_.Name -like $Pattern }
    """)
    assert hits(result, "PSReviewUnusedParameter") == []


def test_write_host_in_show_function_is_allowed() -> None:
    result = analyze("""
        function Show-Banner {
            Write-Host 'Welcome' -ForegroundColor Green
        }
        Write-Host 'outside'
    """)
    assert lines_of(result, "PSAvoidUsingWriteHost") == [4]


def test_null_on_left_side_is_the_correct_comparison() -> None:
    result = analyze("if ($null -eq $value) { 'empty' }\nif ($value -ne $null) { 'set' }")
    assert lines_of(result, "PSPossibleIncorrectComparisonWithNull") == [2]


def test_assignment_from_command_in_condition_is_intentional() -> None:
    result = analyze("if ($file = Get-Item -Path .\\a.txt) { $file.Length }\nwhile ($line = 1) { break }")
    assert lines_of(result, "PSPossibleIncorrectUsageOfAssignmentOperator") == [2]


def test_foreach_statement_is_not_an_alias_but_piped_foreach_is() -> None:
    result = analyze("foreach ($i in 1..3) { $i }\n1..3 | foreach { $_ }\nGet-Process | ? CPU")
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [2, 3]


def test_alias_shadowed_by_script_function_is_not_reported() -> None:
    result = analyze("function ls { Get-ChildItem -Name }\nls")
    assert hits(result, "PSAvoidUsingCmdletAliases") == []


def test_windows_only_alias_message_warns_about_powershell_7() -> None:
    finding = hits(analyze("curl https://contoso.com"), "PSAvoidUsingCmdletAliases")[0]
    assert "does not exist in PowerShell 7" in finding.message


def test_help_above_function_counts_unless_separated_by_two_blank_lines() -> None:
    result = analyze("""
        <#
        .SYNOPSIS
            Documented.
        #>

        function Get-Documented { 'yes' }
        <#
        .SYNOPSIS
            Too far away.
        #>


        function Get-Orphan { 'no' }
        Export-ModuleMember -Function Get-Documented, Get-Orphan
    """)
    assert lines_of(result, "PSProvideCommentHelp") == [13]


def test_line_comment_help_inside_function_counts() -> None:
    result = analyze("""
        function Get-Thing {
            # .SYNOPSIS
            # Gets the thing.
            'thing'
        }
        Export-ModuleMember -Function Get-Thing
    """)
    assert hits(result, "PSProvideCommentHelp") == []


def test_variable_read_in_later_script_block_is_used() -> None:
    result = analyze("""
        $threshold = 10
        $big = Get-ChildItem | Where-Object { $_.Length -gt $threshold }
        $big
    """)
    assert hits(result, "PSUseDeclaredVarsMoreThanAssignments") == []


def test_assignment_only_inside_function_is_reported_once_per_function() -> None:
    result = analyze("""
        function Get-Total {
            $sum = 0
            $sum = 5
            'done'
        }
    """)
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == [2]


def test_preference_and_null_assignments_are_not_unused_variables() -> None:
    result = analyze("$ErrorActionPreference = 'Stop'\n$null = New-Item -Path x -ItemType File\n$ProgressPreference = 'SilentlyContinue'")
    assert hits(result, "PSUseDeclaredVarsMoreThanAssignments") == []


def test_assigning_read_only_automatic_variable_is_an_error() -> None:
    finding = hits(analyze("$true = 0"), "PSAvoidAssignmentToAutomaticVariable")[0]
    assert finding.severity is Severity.ERROR


def test_parameter_named_like_automatic_variable_is_reported() -> None:
    result = analyze("function Test-Input { param($Input) $Input }")
    assert lines_of(result, "PSAvoidAssignmentToAutomaticVariable") == [1]


def test_should_process_function_satisfies_state_changing_rule() -> None:
    result = analyze("""
        function Set-Config {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Value)
            if ($PSCmdlet.ShouldProcess($Value)) { $Value }
        }
        function Stop-Worker { [CmdletBinding(SupportsShouldProcess = $false)] param() 'x' }
    """)
    assert lines_of(result, "PSUseShouldProcessForStateChangingFunctions") == [6]


@pytest.mark.parametrize("name", ["Get-Status", "Get-Data", "Get-Process", "Get-Address", "Get-Alias"])
def test_singular_noun_exceptions(name: str) -> None:
    assert hits(analyze(f"function {name} {{ 'x' }}"), "PSUseSingularNouns") == []


def test_settings_can_only_be_plural_as_pssas_pluralizer_has_it() -> None:
    assert lines_of(analyze("function Get-AppSettings { 'x' }"), "PSUseSingularNouns") == [1]


def test_positional_parameters_need_three_arguments() -> None:
    result = analyze("Join-Path C:\\ temp\nCopy-Item a b -Force\nGet-ChildItem -Path x -Filter y -Depth 2\nRename-Item a b c")
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == [4]


def test_trailing_whitespace_inside_a_here_string_is_reported_as_pssa_does_but_not_corrected() -> None:
    result = analyze('$text = @"\nkeep   \n"@\n$text  ')
    assert lines_of(result, "PSAvoidTrailingWhitespace") == [2, 4]
    corrected = {f.line: f.correction for f in result.findings if f.rule == "PSAvoidTrailingWhitespace"}
    assert corrected[2] is None  # removing it would change the string's value
    assert corrected[4] is not None


def test_double_quoted_string_with_single_quote_or_variable_is_fine() -> None:
    result = analyze('$a = "it\'s"\n$b = "value $a"\n$c = "plain"\n$a, $b, $c',
                     enable=("PSAvoidUsingDoubleQuotesForConstantString",))
    assert lines_of(result, "PSAvoidUsingDoubleQuotesForConstantString") == [3]


def test_empty_catch_with_only_a_comment_is_still_empty() -> None:
    result = analyze("try { Get-Item x } catch {\n    # ignore\n}\ntry { Get-Item y } catch { Write-Warning $_ }")
    assert lines_of(result, "PSAvoidUsingEmptyCatchBlock") == [1]
