"""Focused cases for what the blind corpus (test_blind_corpus.py) found: one test per fixed miss or false finding."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_scope_prefix_is_not_part_of_the_verb() -> None:
    result = analyze("""
        function global:Disconnect-Lab { }
        function script:ConvertTo-Key { }
        function global:Delete-Thing { }
    """)
    assert lines_of(result, "PSUseApprovedVerbs") == [3]
    assert "'Delete'" in hits(result, "PSUseApprovedVerbs")[0].message


def test_manifest_export_field_left_out_is_not_reported_as_pssa_does() -> None:
    result = analyze("""
        @{
            ModuleVersion     = '1.0.0'
            FunctionsToExport = '*'
            CmdletsToExport   = @()
        }
    """)
    assert lines_of(result, "PSUseToExportFieldsInManifest") == [3]


def test_manifest_without_module_version_is_not_checked_for_export_fields() -> None:
    result = analyze("@{\n    RootModule = 'a.psm1'\n    FunctionsToExport = '*'\n}")
    assert lines_of(result, "PSMissingModuleManifestField") == [1]
    assert hits(result, "PSUseToExportFieldsInManifest") == []


def test_file_and_http_client_reads_are_not_web_client_downloads() -> None:
    result = analyze("""
        $stream = [System.IO.File]::OpenRead($Path)
        $status = $client.GetStringAsync('https://api.contoso.com/status').Result
        $text = (New-Object Net.WebClient).DownloadString('https://example.org/a.txt')
    """)
    assert lines_of(result, "PSNetWebClientDownload") == [3]


def test_executed_download_is_reported_once_as_download_and_execute() -> None:
    result = analyze("""
        (New-Object Net.WebClient).DownloadFile($url, "$env:TEMP\\u.exe")
        Start-Process -FilePath "$env:TEMP\\u.exe"
    """)
    assert lines_of(result, "PSDownloadAndExecute") == [1]
    assert hits(result, "PSNetWebClientDownload") == []


def test_secret_is_reported_once_where_it_is_written() -> None:
    result = analyze("""
        $token = 'ghp_9f8A7b6C5d4E3f2G1h0IjKlMnOpQrStUvWxYz1'
        Invoke-RestMethod -Uri 'https://api.github.com/user' -Headers @{ Authorization = "token $token" }
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == [1]
    assert hits(result, "PSAvoidHardcodedCredential") == []


def test_script_param_block_after_requires_and_using_is_read() -> None:
    result = analyze("""
        #Requires -Modules ActiveDirectory
        using namespace System.Text
        param(
            [string]$DefaultPassword
        )
        $DefaultPassword
    """)
    assert lines_of(result, "PSAvoidUsingPlainTextForPassword") == [4]
