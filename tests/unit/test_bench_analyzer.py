"""The analyzer bench's input: corpus scripts up to the size limit, never over it."""

from __future__ import annotations

from bench.analyzer import MAX_BYTES, large_script, measure
from psscript_graphql.analyzer.analyze import OPT_IN_RULES
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


def test_measure_runs_the_opt_in_rules_it_is_given() -> None:
    line = "Write-Host 'x';\n"  # a semicolon ending the line: an opt-in finding (PSAvoidSemicolonsAsLineTerminators)
    default = measure(line, (), repeat=1)
    every_rule = measure(line, tuple(OPT_IN_RULES), repeat=1)
    assert every_rule["findings"] > default["findings"]
