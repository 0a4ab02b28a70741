"""Focused cases for what the independent admin/PowerShell 7 corpus (independent_corpora/admin_ps7) found:
one test per fixed miss or false finding, each with a near miss that must stay silent."""

from __future__ import annotations

from psscript_graphql.analyzer.parse import parse_script
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


def test_catch_all_before_a_typed_catch_is_reported_before_the_next_catch_as_powershell_does() -> None:
    # Parser.Before(next catch): the character before it, on the catch's line when it is indented...
    result = analyze("""
        foreach ($attempt in 1..3) {
            try {
                Get-Item -Path C:\\missing
            }
            catch {
                Write-Warning 'failed'
            }
            catch [System.IO.IOException] {
                Write-Warning 'io'
            }
        }
    """)
    assert lines_of(result, "PSParseError") == [8]
    # ...and the line break ending the line above when it starts in column 1.
    flush = analyze("try { Get-Item . }\ncatch { 'x' }\ncatch [IO.IOException] { 'y' }\n")
    assert lines_of(flush, "PSParseError") == [2]


def test_a_parameter_line_after_a_misleading_backtick_is_a_command_not_a_parse_error() -> None:
    result = analyze(
        "Send-MailMessage -To 'ops@contoso.com' -From 'r@contoso.com' ` \n"
        "    -Subject \"Report $($r.Count)\" -SmtpServer smtp.contoso.com\n"
        "Disconnect-VIServer -Server $vcenter -Confirm:$false\n"
    )
    assert hits(result, "PSParseError") == []
    assert lines_of(result, "PSMisleadingBacktick") == [1]
    # Near misses: a statement may start with -not; a real continuation (nothing after the backtick) is one
    # command, left as the grammar reads it.
    assert hits(analyze("Write-Output 'a' ` \n-not $ok\n"), "PSParseError") == []
    continued = analyze("Send-MailMessage -To 'a@contoso.com' `\n    -Subject 'x' -SmtpServer smtp.contoso.com\n")
    assert hits(continued, "PSParseError") == [] and hits(continued, "PSMisleadingBacktick") == []
    assert [c.name for c in parse_script("Send-MailMessage -To a `\n    -Subject x\n").commands()] == ["Send-MailMessage"]


def test_broken_hash_is_the_algorithm_parameter_of_any_command_as_in_pssa() -> None:
    result = analyze("""
        Get-FileHash -Path C:\\setup.exe -Algorithm MD5
        Get-ContosoChecksum -Path C:\\setup.exe -Algorithm:'SHA1'
        $sha1 = [System.Security.Cryptography.SHA1]::Create()
        New-Object System.Security.Cryptography.MD5CryptoServiceProvider
        Get-FileHash -Path C:\\setup.exe -Algorithm SHA256
        Get-FileHash -Path C:\\setup.exe -Algorithm $Algorithm
        New-SelfSignedCertificate -DnsName x -HashAlgorithm SHA1
    """)
    assert lines_of(result, "PSAvoidUsingBrokenHashAlgorithms") == [1, 2]


def test_set_target_resource_is_a_state_changing_function_as_pssa_reports_it() -> None:
    result = analyze("""
        function Set-TargetResource {
            [CmdletBinding()]
            param([Parameter(Mandatory)][string]$Name)
            Write-Verbose "Setting $Name"
        }
        function Test-TargetResource {
            [CmdletBinding()]
            param([Parameter(Mandatory)][string]$Name)
            Write-Verbose "Testing $Name"
            $true
        }
    """)
    assert lines_of(result, "PSUseShouldProcessForStateChangingFunctions") == [1]


def test_script_parameter_read_only_inside_a_function_is_unused_as_pssa_counts_uses() -> None:
    result = analyze("""
        param(
            [string]$LogFile,
            [string[]]$Names,
            [int]$Days,
            [string]$Server
        )
        function Write-Log([string]$Message) { Add-Content -Path $LogFile -Value $Message }
        $Names | Where-Object { $_ -like "*$Days*" } | ForEach-Object { Write-Log $_ }
        Invoke-Command -ComputerName srv01 -ScriptBlock { Get-Service -ComputerName $using:Server }
    """)
    # $Names and $Days count (the script scope and its Where-Object block); $LogFile is read only in a function
    # and $Server only in an Invoke-Command script block: neither counts for PSScriptAnalyzer.
    assert lines_of(result, "PSReviewUnusedParameter") == [2, 5]


def test_parameters_read_in_a_scripts_named_blocks_are_used() -> None:
    result = analyze("""
        param([string]$Identity, [string[]]$Domain)
        begin { $pattern = ($Domain | ForEach-Object { [regex]::Escape($_) }) -join '|' }
        process { Get-Mailbox -Identity $Identity | Where-Object { $_.ForwardingSmtpAddress -match $pattern } }
    """)
    assert hits(result, "PSReviewUnusedParameter") == []


def test_active_directory_cmdlets_support_should_process() -> None:
    result = analyze("""
        function Remove-StaleComputer {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Name)
            Remove-ADComputer -Identity $Name
        }
        function Get-StaleComputer {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Name)
            Get-ADComputer -Identity $Name
        }
    """)
    assert lines_of(result, "PSShouldProcess") == [7]


def test_null_comparison_in_a_class_method_script_block_is_searched() -> None:
    result = analyze("""
        class Inventory {
            [object[]] Missing([object[]]$Items) {
                return $Items | Where-Object { $_.Owner -eq $null }
            }
        }
    """)
    assert lines_of(result, "PSPossibleIncorrectComparisonWithNull") == [3]


def test_add_computer_and_remove_computer_are_windows_powershell_only() -> None:
    result = analyze("""
        Add-Computer -DomainName 'lab.contoso.local' -Credential $cred -Restart
        Remove-Computer -UnjoinDomainCredential $cred -Restart
        Rename-Computer -NewName 'LAB-DC01' -Restart
    """)
    # Rename-Computer is still in PowerShell 7 on Windows.
    assert lines_of(result, "PSCompatibilityWindowsPowerShellCmdlet") == [1, 2]
    assert lines_of(result, "PSUseCompatibleCommands") == [1, 2]


def test_parameters_read_through_my_invocation_bound_parameters_are_used() -> None:
    result = analyze("""
        function Set-Thing {
            [CmdletBinding(SupportsShouldProcess)]
            param([string]$Name, [string]$Value)
            Invoke-Api -Body $PSCmdlet.MyInvocation.BoundParameters
        }
        function Get-Thing {
            param([string]$Name, [string]$Value)
            $MyInvocation.MyCommand.Name
        }
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [7, 7]


def test_a_parameter_read_only_as_using_or_script_variable_is_unused_for_pssa() -> None:
    result = analyze("""
        param([string]$Destination, [string]$Source)
        $files = Get-ChildItem -Path $Source
        $files | ForEach-Object -Parallel { Copy-Item -Path $_.FullName -Destination $using:Destination }
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [1]
    near_miss = analyze("""
        param([string]$Destination)
        New-Item -ItemType Directory -Path $Destination -Force | Out-Null
        1..3 | ForEach-Object -Parallel { Write-Output "$using:Destination\\$_" }
    """)
    assert hits(near_miss, "PSReviewUnusedParameter") == []


def test_script_block_param_blocks_are_checked_too() -> None:
    result = analyze("""
        Invoke-Command -ComputerName $env:COMPUTERNAME -ArgumentList 'C:\\logs', 30 -ScriptBlock {
            param($Path, $Days)
            Get-ChildItem -Path $Path
        }
        $job = { param($Name) Get-Service -Name $Name }
        & $job 'spooler'
    """)
    assert [(f.line, f.message) for f in hits(result, "PSReviewUnusedParameter")] == [
        (2, "Parameter $Days of the script block is never used.")]
