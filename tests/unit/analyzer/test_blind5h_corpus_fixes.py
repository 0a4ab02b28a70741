"""Focused cases for what the blind5h corpus (admin, tradecraft, PowerShell 7, broken, clean scripts written
from PSScriptAnalyzer's sources and ATT&CK) found: one test per fixed miss or false finding, each with a near
miss that must stay as it is."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_importing_a_module_through_windows_powershell_needs_powershell_7() -> None:
    result = analyze("""
        Import-Module -Name ServerManager -UseWindowsPowerShell
        Import-Module -Name ServerManager -Force
    """)
    assert lines_of(result, "PSUseCompatibleCommands") == [1]
    assert [f.detail for f in hits(result, "PSUseCompatibleCommands")] == ["PSCompatibilityPowerShell7Parameter"]
