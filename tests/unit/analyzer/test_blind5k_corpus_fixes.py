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
