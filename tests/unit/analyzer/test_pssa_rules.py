"""PSScriptAnalyzer rules in situations the per-rule corpus does not cover."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.analyze import analyze_script
from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_class_based_dsc_resource_needs_get_set_and_test_methods() -> None:
    result = analyze("""
        [DscResource()]
        class Share {
            [DscProperty(Key)] [string] $Name
            [Share] Get() { return $this }
            [void] Set() { }
        }
    """)
    # At the class's extent, which PowerShell's parser starts at its first attribute.
    assert [(f.line, f.message) for f in hits(result, "PSDSCStandardDSCFunctionsInResource")] == [
        (1, "The DSC resource class Share has no Test() method.")]


def test_a_data_file_is_not_taken_for_a_module_manifest() -> None:
    result = analyze("""
        @{
            AllNodes = @(@{ NodeName = 'web01' })
        }
    """)
    assert hits(result, "PSMissingModuleManifestField") == []
    assert hits(result, "PSUseToExportFieldsInManifest") == []


def test_non_ascii_text_with_a_byte_order_mark_is_fine() -> None:
    assert hits(analyze_script("\ufeffWrite-Output 'Grüße'\n"), "PSUseBOMForUnicodeEncodedFile") == []
    assert lines_of(analyze_script("Write-Output 'Grüße'\n"), "PSUseBOMForUnicodeEncodedFile") == [1]


def test_should_process_called_through_a_helper_function_counts() -> None:
    result = analyze("""
        function Confirm-Change { param($Target) $PSCmdlet.ShouldProcess($Target) }
        function Set-Thing {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Path)
            if (Confirm-Change -Target $Path) { Set-Content -Path $Path -Value 1 }
        }
    """)
    assert [f.message for f in hits(result, "PSShouldProcess")] == [
        "Confirm-Change calls ShouldProcess without declaring SupportsShouldProcess."]


def test_mandatory_default_check_goes_on_after_an_optional_parameter_like_pssa() -> None:
    # PSScriptAnalyzer stopped at the first optional parameter until its #2121; it now checks them all.
    result = analyze("""
        function Get-Thing {
            param(
                [string]$Optional,
                [Parameter(Mandatory)][string]$Name = 'x'
            )
            $Optional, $Name
        }
    """)
    assert lines_of(result, "PSAvoidDefaultValueForMandatoryParameter") == [4]


def test_a_parameter_mandatory_in_one_set_only_may_have_a_default() -> None:
    result = analyze("""
        function Get-Thing {
            param(
                [Parameter(Mandatory, ParameterSetName = 'ByName')]
                [Parameter(ParameterSetName = 'ById')]
                [string]$Name = 'x',
                [Parameter(Mandatory = $false)][string]$Path = 'C:\\x',
                [Parameter(Mandatory = $true, ParameterSetName = 'A')][Parameter(Mandatory, ParameterSetName = 'B')]
                [string]$Both = 'y'
            )
            $Name, $Path, $Both
        }
    """)
    assert lines_of(result, "PSAvoidDefaultValueForMandatoryParameter") == [8]


def test_using_scope_is_not_asked_for_parameters_of_the_script_block() -> None:
    result = analyze("""
        $path = 'C:\\logs'
        Invoke-Command -ComputerName srv01 -ScriptBlock { param($path) Get-Item -Path $path } -ArgumentList $path
    """)
    assert hits(result, "PSUseUsingScopeModifierInNewRunspaces") == []


def test_opt_in_style_rules_report_nothing_on_a_formatted_script() -> None:
    enable = ("PSPlaceOpenBrace", "PSPlaceCloseBrace", "PSUseConsistentIndentation", "PSUseConsistentWhitespace",
              "PSAvoidSemicolonsAsLineTerminators", "PSAvoidLongLines", "PSAlignAssignmentStatement")
    result = analyze("""
        function Get-Report {
            param([string]$Path)
            $items = Get-ChildItem -Path $Path |
                Where-Object -FilterScript { $_.Length -gt 0 }
            foreach ($item in $items) {
                if ($item.Name -like '*.log') {
                    Write-Output -InputObject $item.Name
                }
                else {
                    Write-Verbose -Message "skipped $($item.Name)"
                }
            }
        }
    """, enable=enable)
    assert [(f.rule, f.line) for f in result.findings if f.rule in enable] == []


def test_comment_help_is_not_asked_of_a_script_that_exports_nothing() -> None:
    result = analyze("""
        function Get-Undocumented { 'x' }
        Get-Undocumented
    """)
    assert hits(result, "PSProvideCommentHelp") == []


@pytest.mark.parametrize("script", [
    "foreach ($i in ) { 1 }",
    "while () { 1 }",
    "try { 1 } catch { 2 } catch [Exception] { 3 }",
    "1 = 2",
    "$total + $extra = 3",  # an operator's result (InvalidLeftHandSide)
    "$a -eq $b = 1",
    "try { Get-Item -Path . }",
])
def test_what_powershell_refuses_is_a_parse_error(script: str) -> None:
    assert [f.severity.value for f in hits(analyze_script(script + "\n"), "PSParseError")] == ["error"]


@pytest.mark.parametrize("script", [
    "foreach ($i in 1..3) { $i }",
    "try { 1 } catch [IO.IOException] { 2 } catch { 3 }",
    "[int]$x = 5; $x",
    "$a, $b = 1, 2; $h.Name = $a + $b; $list[0] = $b; $h.Count += 1 + 2",
    "try { 1 } finally { 2 }",
])
def test_the_valid_neighbours_are_not(script: str) -> None:
    assert hits(analyze_script(script + "\n"), "PSParseError") == []


def test_positional_arguments_count_only_in_the_first_command_of_a_pipeline() -> None:
    result = analyze("""
        Get-ChildItem -Path . | Select-String error log.txt 5
        Select-String error log.txt 5
    """)
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == [2]
