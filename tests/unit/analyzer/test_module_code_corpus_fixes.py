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


def test_class_members_with_several_attributes_parse() -> None:
    result = analyze("""
        [DscResource()]
        class cServiceState {
            [DscProperty(Key)]
            [string]$Name

            [DscProperty(Mandatory)]
            [ValidateSet('Running', 'Stopped')]
            [string]$State

            [DscProperty()] [ValidateRange(1, 5)] [int]$Retries

            [cServiceState] Get() { return $this }
            [void] Set() { }
        }
    """)
    assert lines_of(result, "PSParseError") == []
    # PowerShell's class extent starts at its first attribute, so the missing Test() is reported there.
    assert lines_of(result, "PSDSCStandardDSCFunctionsInResource") == [1]
    brace_on_next_line = analyze("""
        class cFileShare : BaseResource
        {
            [DscProperty(Key)]
            [ValidateNotNullOrEmpty()]
            [string] $Name
        }
    """)
    assert lines_of(brace_on_next_line, "PSParseError") == []


def test_several_attributes_outside_a_class_body_are_left_to_the_parser() -> None:
    from psscript_graphql.analyzer.grammar_gaps import parser_input

    param_block = b"function f {\n    param(\n        [Parameter(Mandatory)]\n        [ValidateSet('a', 'b')]\n        [string]$Mode\n    )\n}\n"
    assert parser_input(param_block) == param_block
    in_method = b"class C {\n    [void] M() {\n        [ValidateNotNull()] [ValidateLength(1, 3)] [string]$s = 'ab'\n    }\n}\n"
    # not a class member: only the attributed-assignment rewrite (statement_gaps.py) applies there
    assert parser_input(in_method) == in_method.replace(b"[ValidateNotNull()]", b"<#alidateNotNull(#>").replace(
        b"[ValidateLength(1, 3)]", b"<#alidateLength(1, 3#>")
    broken = analyze("""
        class C {
            [DscProperty(Key)]
            [ValidateSet('a')
            [string]$Name
        }
    """)
    assert lines_of(broken, "PSParseError")  # an attribute that is not closed is still an error


def test_a_manifest_after_a_comment_header_is_read_as_a_manifest() -> None:
    result = analyze("""
        #
        # Module manifest for module 'BuildHelpers'
        #
        <# generated #>

        @{
            RootModule        = 'BuildHelpers.psm1'
            FunctionsToExport = @('Get-Thing')
        }
    """)
    assert lines_of(result, "PSMissingModuleManifestField") == [6]
    data_file = analyze("""
        # configuration data
        @{
            AllNodes = @(@{ NodeName = 'web01' })
        }
    """)
    assert lines_of(data_file, "PSMissingModuleManifestField") == []


def test_a_variable_before_an_escape_in_a_string_is_read() -> None:
    result = analyze("""
        function Format-ReleaseNote {
            param([string]$Version, [string]$Name, [string]$Unused)
            "## $Version`n"
            Write-Output "Name: $Name`t done"
        }
    """)
    assert [f.message for f in result.findings if f.rule == "PSReviewUnusedParameter"] == [
        "Parameter $Unused of function Format-ReleaseNote is never used."]
    obfuscated = analyze("I`nvoke-Ex`pression $payload")
    assert lines_of(obfuscated, "PSAvoidUsingInvokeExpression") == [1]  # a backtick inside a bare word still drops


def test_a_variable_assigned_in_a_script_block_must_be_read_in_that_block_or_one_nested_in_it() -> None:
    result = analyze("""
        Describe 'Deployment' {
            BeforeAll {
                $configFile = Join-Path -Path $PSScriptRoot -ChildPath 'deploy.json'
                $config = Get-Content -Path $configFile -Raw | ConvertFrom-Json
            }
            It 'has environments' {
                $config.environments | Should -Not -BeNullOrEmpty
            }
        }
        $root = $PSScriptRoot
        Describe 'Nested reads count' {
            It 'reads the outer variable' { $root | Should -Not -BeNullOrEmpty }
        }
    """)
    # As PSScriptAnalyzer reports it (its known Pester false positive): $config is read only in a sibling block.
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == [4]
    psake = analyze("""
        Properties {
            $OutputDir = Join-Path -Path $PSScriptRoot -ChildPath 'out'
        }
        Task Clean {
            Remove-Item -Path $OutputDir -Recurse -Force
        }
    """)
    assert lines_of(psake, "PSUseDeclaredVarsMoreThanAssignments") == [2]


def test_script_level_named_blocks_and_compound_assignments_as_powershell_reads_them() -> None:
    result = analyze("""
        param([string[]]$Name)
        begin {
            $seen = 0
            $total = 0
        }
        process {
            $seen++
            $Name | ForEach-Object { $total += 1 }
        }
    """)
    # begin/process at a script's top level are its named blocks, one script block; `+=` is a use.
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == []
    method = analyze("""
        class Counter {
            [int] Count() {
                $unused = 30
                return 1
            }
            [int] Other() {
                return $unused
            }
        }
    """)
    assert lines_of(method, "PSUseDeclaredVarsMoreThanAssignments") == [3]
    assert [f.message for f in method.findings if f.rule == "PSUseDeclaredVarsMoreThanAssignments"] == [
        "$unused is assigned but never used."]
    cased = analyze("[int]$retryCount = 3")
    assert [f.message for f in cased.findings if f.rule == "PSUseDeclaredVarsMoreThanAssignments"] == [
        "$retryCount is assigned but never used."]  # the name as written


def test_property_lines_of_dsc_resources_in_a_configuration_are_not_commands() -> None:
    result = analyze("""
        Configuration WebServerBaseline {
            Import-DscResource -ModuleName PSDesiredStateConfiguration
            Node 'WEB01' {
                File SiteRoot {
                    Ensure          = 'Present'
                    Type            = 'Directory'
                    DestinationPath = 'D:\\Sites'
                }
                Script Warmup {
                    GetScript = { @{ Result = (gc 'D:\\Sites\\warm.txt') } }
                }
            }
        }
        Type = 'Directory'
    """)
    # Inside the Configuration `Type = …` is a resource property; a command inside a property's value, and the
    # same line outside any Configuration, are still commands.
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [10, 14]


def test_runspace_blocks_are_read_as_pssa_reads_them() -> None:
    result = analyze("""
        param($Computer)
        $outer = 'x'
        $other = 'y'
        $session = New-PSSession -ComputerName $Computer
        Invoke-Command -Session $session -ScriptBlock { $remote = 1 }
        Invoke-Command -Session $session -ScriptBlock {
            $remote
            $outer
        }
        Invoke-Command -Session (New-PSSession x) -ScriptBlock { $outer }
        Start-Job -InitializationScript { $outer } -ScriptBlock { $using:outer }
        Invoke-Command -Com $Computer -ScriptBlock {
            Write-Output $outer
            $local = 1
            Write-Output $other
        }
        Invoke-Command -ComputerName $Computer -ScriptBlock {
            Get-Item $other
            Set-Item $other
        }
        Invoke-Command -ComputerName $Computer -ScriptBlock { param($Name) Get-Item $Name } -ArgumentList $other
    """)
    # Every occurrence (18, 19); the scan of a block stops at the first variable it assigns (15), and what an
    # earlier block of the same session assigned counts as assigned (7 stops the scan before 8); a -Session
    # that is no variable (10) and a job's -InitializationScript (11) are not checked; a param() block's
    # variables passed with -ArgumentList are not reported (21).
    assert lines_of(result, "PSUseUsingScopeModifierInNewRunspaces") == [13, 18, 19]


def test_a_script_based_dsc_resource_missing_a_function_is_reported_at_the_script_s_extent() -> None:
    result = analyze("""
        # MSFT_xExample resource

        function Get-TargetResource {
            param([Parameter(Mandatory)][string]$Name)
            Write-Verbose 'get'
            @{ Name = $Name }
        }

        function Set-TargetResource {
            param([Parameter(Mandatory)][string]$Name)
            Write-Verbose "set $Name"
        }
    """)
    # The root script block's extent is the whole file, so line 1, not the first function's line.
    assert lines_of(result, "PSDSCStandardDSCFunctionsInResource") == [1]


def test_double_equals_and_a_null_target_in_a_condition_are_warnings() -> None:
    result = analyze("""
        if ($null = Get-Item -Path x) { 'a' }
        if ($a == $b) { 'b' }
        if ($c = 5) { $c }
        if ($d = Get-Item -Path y) { $d }
    """)
    findings = [(f.line, f.severity.value) for f in result.findings
                if f.rule == "PSPossibleIncorrectUsageOfAssignmentOperator"]
    assert findings == [(1, "warning"), (2, "warning"), (3, "information")]


def test_get_variable_with_a_constant_name_reads_the_variable() -> None:
    result = analyze("""
        function Show-State {
            $v = 1
            Get-Variable v
            $w = 2
            $x = 3
            Get-Variable -Name w, x
            $u = 4
            Get-Variable -Scope 1 u
        }
    """)
    # Only the spellings PSScriptAnalyzer counts: one name, or -Name with a name or a list.
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == [7]


def test_automatic_variables_are_the_ones_pssa_checks() -> None:
    result = analyze("""
        $LASTEXITCODE = 0
        $Profile = Join-Path $HOME 'profile.ps1'
        $Error = @()
        [string[]]$Args = @('a')
        It 'doubles <Input>' -TestCases @(@{ Input = 1 }) {
            param($Input)
            $Input * 2 | Should -Be 2
        }
        Write-Output $Profile $Args
    """)
    findings = [(f.line, f.severity.value) for f in result.findings if f.rule == "PSAvoidAssignmentToAutomaticVariable"]
    assert findings == [(2, "warning"), (3, "error"), (6, "warning")]


def test_session_variables_are_never_assigned_but_unused() -> None:
    result = analyze("""
        function Send-Report {
            $OutputEncoding = [System.Text.Encoding]::UTF8
            $PSEmailServer = 'smtp.contoso.com'
            $ErrorView = 'NormalView'
            $event = Get-WinEvent -LogName System -MaxEvents 1
            'sent'
        }
    """)
    # PSScriptAnalyzer's SpecialVars: assigning these configures the session; $event is an ordinary name.
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == [5]
