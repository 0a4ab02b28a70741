"""Focused cases for what the second independent corpus (blind2b) found: one test per fixed miss or false
finding, each with a near miss that must stay silent."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_variables_to_export_wildcard_is_not_reported_as_pssa_checks_three_fields_only() -> None:
    result = analyze("""
        @{
            ModuleVersion     = '1.0.0'
            FunctionsToExport = @('Get-A')
            VariablesToExport = '*'
            AliasesToExport   = @(
                'ga',
                'g*'
            )
        }
    """)
    # Reported at the wildcard entry itself (PSScriptAnalyzer's extent), not at the field's first line.
    assert lines_of(result, "PSUseToExportFieldsInManifest") == [7]


def test_deprecated_manifest_field_is_reported_on_the_whole_file_like_test_module_manifest_warnings() -> None:
    result = analyze("""
        @{
            ModuleVersion     = '1.0.0'
            ModuleToProcess   = 'Legacy.psm1'
            PowerShellVersion = '3.0'
        }
    """)
    assert lines_of(result, "PSAvoidUsingDeprecatedManifestFields") == [1]
    near_miss = analyze("@{\n    ModuleVersion = '1.0.0'\n    RootModule = 'Legacy.psm1'\n}")
    assert hits(near_miss, "PSAvoidUsingDeprecatedManifestFields") == []


def test_should_process_declared_without_a_call_is_reported_at_the_supports_should_process_argument() -> None:
    result = analyze("""
        function Set-UserPhoto {
            [CmdletBinding(
                ConfirmImpact = 'Medium',
                SupportsShouldProcess = $true)]
            param([string]$Identity)
            $entry = [adsi]"LDAP://$Identity"
            $entry.SetInfo()
        }
    """)
    assert lines_of(result, "PSShouldProcess") == [4]


def test_a_cmdlet_that_supports_should_process_satisfies_the_declaration_as_in_pssa() -> None:
    result = analyze("""
        function Set-RegistryValue {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Key)
            Set-ItemProperty -Path $Key -Name Enabled -Value 1
        }
        function Clear-Cache {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Path)
            Invoke-Cleanup -Path $Path
        }
        function Invoke-Cleanup {
            param([string]$Path)
            Remove-Item -Path $Path -Recurse
        }
    """)
    assert hits(result, "PSShouldProcess") == []
    # Near misses: ShouldContinue is not ShouldProcess, a cmdlet without -WhatIf does not count, nor an alias.
    near_miss = analyze("""
        function Clear-Profile {
            [CmdletBinding(SupportsShouldProcess)]
            param([switch]$Force)
            if ($Force -or $PSCmdlet.ShouldContinue('Clear?', 'Confirm')) { Write-Output 'cleared' }
        }
        function Remove-Old {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Path)
            rm $Path
        }
    """)
    assert lines_of(near_miss, "PSShouldProcess") == [2, 7]


def test_should_process_called_without_declaring_is_reported_at_the_member() -> None:
    result = analyze("""
        function Send-WelcomeMail {
            [CmdletBinding()]
            param([string]$To)
            Write-Verbose "mail to $To"
            if ($PSCmdlet.ShouldProcess($To, 'Send welcome mail')) {
                Write-Output $To
            }
        }
    """)
    assert lines_of(result, "PSShouldProcess") == [5]


def test_nested_helper_of_a_declaring_function_may_call_should_process() -> None:
    result = analyze("""
        function Update-Target {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Path)
            function Switch-Target {
                param($Old)
                if ($PSCmdlet.ShouldProcess($Old)) { Write-Output $Old }
            }
            Switch-Target -Old $Path
        }
    """)
    assert hits(result, "PSShouldProcess") == []
    # Near miss: the same helper, but the declaring function never calls it.
    uncalled = analyze("""
        function Update-Target {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Path)
            function Switch-Target {
                param($Old)
                if ($PSCmdlet.ShouldProcess($Old)) { Write-Output $Old }
            }
            Remove-Item -Path $Path
        }
    """)
    assert lines_of(uncalled, "PSShouldProcess") == [6]


def test_null_comparison_in_a_script_level_script_block_is_not_searched_as_in_pssa() -> None:
    result = analyze("""
        $logs = Get-WinEvent -ListLog *
        $empty = $logs | Where-Object { $_.LastWriteTime -eq $null }
        foreach ($log in $logs) {
            if ($log.LogFilePath -eq $null) { Write-Output $log.LogName }
        }
        function Get-Stale {
            param($Users)
            $Users | Where-Object { $_.LastLogonDate -eq $null }
        }
        Write-Output $empty
    """)
    # Script level: searched without nested script blocks (line 2 is not); functions: with them (line 8).
    assert lines_of(result, "PSPossibleIncorrectComparisonWithNull") == [4, 8]


def test_null_comparison_skips_automatic_variables_and_scalar_typed_parameters() -> None:
    result = analyze("""
        function Test-Value {
            param([string]$Name, [string[]]$Names, $Untyped)
            if ($Name -eq $null) { return }
            if ($_ -eq $null) { return }
            if ($Names -eq $null) { return }
            if ($Untyped -eq $null) { return }
        }
    """)
    assert lines_of(result, "PSPossibleIncorrectComparisonWithNull") == [5, 6]
