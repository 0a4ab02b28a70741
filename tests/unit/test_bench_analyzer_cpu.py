"""The analyzer CPU bench runs against the current analyzer and its samples are the sizes it claims."""

from __future__ import annotations

from bench import analyzer_cpu


def test_samples_are_at_the_content_limit_and_measure_returns_cpu_and_findings() -> None:
    samples = analyzer_cpu.samples()
    assert all(len(text.encode()) <= analyzer_cpu.ONE_MIB + 64 * 1024 for text in samples.values())
    assert len(samples["admin script, 1 MiB"].encode()) >= analyzer_cpu.ONE_MIB
    seconds, findings = analyzer_cpu.measure(analyzer_cpu.OBFUSCATED, rounds=1)
    assert seconds > 0 and findings > 0
