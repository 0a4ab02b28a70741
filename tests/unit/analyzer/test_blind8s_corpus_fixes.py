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
