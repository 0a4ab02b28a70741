"""The analyzer bench's input: corpus scripts up to the size limit, never over it."""

from __future__ import annotations

from bench.analyzer import MAX_BYTES, large_script, measure
from psscript_graphql.scripts.limits import CONTENT_MAX_BYTES


def test_large_script_fills_the_limit_without_passing_it() -> None:
    text = large_script(200_000)
    assert 190_000 < len(text.encode("utf-8")) <= 200_000
    assert "Invoke-Expression" in text and "function " in text


def test_default_limit_is_the_largest_script_allowed() -> None:
    assert MAX_BYTES == CONTENT_MAX_BYTES == 1024 * 1024


def test_measure_reports_cpu_seconds_and_findings() -> None:
    numbers = measure("Write-Host 'x'\n", (), repeat=2)
    assert numbers["findings"] == 1
    assert 0 <= numbers["best_cpu_s"] <= numbers["median_cpu_s"]
