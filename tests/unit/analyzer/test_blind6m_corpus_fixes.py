"""Focused cases for what the blind6m corpus (admin, tradecraft, PowerShell 7) found: one test per fixed
miss, each with a near miss that must stay quiet."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_powershell_started_through_a_variable_holding_its_path_with_encoded_command() -> None:
    result = analyze("""
        $b64 = 'dwBoAG8AYQBtAGkAIAAvAGEAbABsAA=='
        $exe = "$env:windir\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
        & $exe -NoP -NonI -W Hidden -Enc $b64
        $ps = "$PSHOME\\powershell.exe"
        & $ps -NoProfile -EncodedCommand $b64
    """)
    assert lines_of(result, "PSEncodedCommand") == [3, 5]
    (finding, _) = [f for f in result.findings if f.rule == "PSEncodedCommand"]
    assert "powershell.exe" in finding.message  # the message names the resolved program
    assert lines_of(result, "PSObfuscatedCommandName") == []  # a path in a string hides nothing


def test_powershell_through_a_variable_running_a_script_file_is_no_encoded_command() -> None:
    result = analyze("""
        $exe = "$env:windir\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
        & $exe -NoProfile -File C:\\Scripts\\nightly.ps1 -e 5
        $tool = "$env:windir\\System32\\robocopy.exe"
        & $tool C:\\Data D:\\Backup /E
        powershell.exe -NoProfile -File .\\Export.ps1 -e 'dwBoAG8AYQBtAGkA'
        powershell.exe -NoProfile -Enc 'dwBoAG8AYQBtAGkA'
    """)
    assert lines_of(result, "PSEncodedCommand") == [6]  # -e after -File is the script's own argument
    assert [f.rule for f in result.findings if f.category == "security"] == ["PSEncodedCommand"]


_AZURE_KEY = "pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFA=="


def test_an_azure_storage_account_key_after_a_name_that_says_so_is_a_secret_key() -> None:
    result = analyze(f"""
        $accountKey = '{_AZURE_KEY}'
        $ctx = New-AzStorageContext -StorageAccountName 'st01' -StorageAccountKey "{_AZURE_KEY}"
        $settings = @{{ storage_key = '{_AZURE_KEY}' }}
        $ctx = New-AzStorageContext -StorageAccountName 'st01' -StorageAccountKey $accountKey
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == [1, 2, 3]
    assert "Azure storage account key" in next(f for f in result.findings if f.rule == "PSHardcodedSecretKey").message
    assert lines_of(result, "PSAvoidHardcodedCredential") == []


def test_base64_of_a_key_s_length_without_a_key_name_or_with_a_placeholder_is_no_secret_key() -> None:
    placeholder = "A" * 86 + "=="
    result = analyze(f"""
        $expectedHash = '{_AZURE_KEY}'
        $payload = "{_AZURE_KEY}"
        $accountKey = '{placeholder}'
        $accountKey = (Get-AzStorageAccountKey -ResourceGroupName rg -Name st01)[0].Value
        $storageKey = '{_AZURE_KEY[:60]}'
    """)
    assert lines_of(result, "PSHardcodedSecretKey") == []
