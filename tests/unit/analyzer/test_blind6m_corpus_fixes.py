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
