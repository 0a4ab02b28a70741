"""The analyzer CPU bench runs against the current analyzer and its samples are the sizes it claims."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bench import analyzer_cpu, analyzer_shapes
from psscript_graphql.analyzer.analyze import analyze_script


def test_samples_are_at_the_content_limit_and_measure_returns_cpu_and_findings() -> None:
    samples = analyzer_cpu.samples()
    assert all(len(text.encode()) <= analyzer_cpu.ONE_MIB + 64 * 1024 for text in samples.values())
    assert len(samples["admin script, 1 MiB"].encode()) >= analyzer_cpu.ONE_MIB
    seconds, findings, parse_seconds, floor_seconds = analyzer_cpu.measure(analyzer_cpu.OBFUSCATED, rounds=1)
    assert seconds > 0 and findings > 0
    assert 0 < parse_seconds <= floor_seconds < seconds


def test_the_verdict_names_a_shape_the_parse_and_walk_alone_put_over_the_budget() -> None:
    budget = analyzer_cpu.BUDGET_SECONDS
    assert analyzer_cpu.verdict(budget, budget / 2) == "within"
    assert analyzer_cpu.verdict(budget + 1, budget / 2) == "OVER"
    assert analyzer_cpu.verdict(budget + 2, budget + 1) == "OVER, parser-bound"


def test_adversarial_shapes_fill_the_limit_without_passing_it() -> None:
    shapes = analyzer_shapes.shapes()
    assert len(shapes) >= 14
    for name, text in shapes.items():
        size = len(text.encode("utf-8"))
        assert 0.9 * analyzer_shapes.ONE_MIB <= size <= analyzer_shapes.ONE_MIB, name


def test_small_versions_of_the_shapes_are_analysed_with_every_rule() -> None:
    for name, text in analyzer_shapes.shapes(limit=8_000).items():
        assert len(text.encode("utf-8")) <= 8_000, name
        result = analyze_script(text, enable=analyzer_cpu.EVERY_RULE)
        assert result.code_complexity_metrics["total_lines"] >= 1, name


def test_numbered_pieces_stop_before_the_limit() -> None:
    text = analyzer_shapes.numbered(lambda i: f"$v{i} = {i}\n", 100, prefix="# head\n", suffix="# tail\n")
    assert text.startswith("# head\n$v0 = 0\n") and text.endswith("# tail\n")
    assert 90 <= len(text) <= 100


def test_the_bench_measures_the_default_rules_alone_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["analyzer_cpu", "--only", "[char] concatenation", "--rounds", "1", "--default-rules", "--out", str(tmp_path)]
    monkeypatch.setattr(sys, "argv", argv)
    analyzer_cpu.main()
    report = json.loads((tmp_path / "analyzer_cpu_default.json").read_text())
    assert report["rules"] == "default" and [row["shape"] for row in report["shapes"]] == [
        "[char] concatenation payload, 190 kB"]
    row = report["shapes"][0]
    assert 0 < row["parse_cpu_s"] <= row["parse_and_walk_cpu_s"] <= row["best_cpu_s"] and row["verdict"] == "within"
    assert not (tmp_path / "analyzer_cpu.json").exists()
