"""`python -m bench analyzer`: CPU seconds to analyse the largest script allowed (1 MiB).

The script is built from the analyzer's own test corpora (admin scripts, attack samples,
PowerShell 7 syntax, every PSScriptAnalyzer rule's trigger), repeated until it reaches
1 MiB, so every rule family has work to do. Each mode (default rules, every opt-in rule
enabled too) is measured `--repeat` times with `time.process_time`; the best and the median
are reported against the 2 s budget and written to bench/results/analyzer.json.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from psscript_graphql.analyzer.analyze import OPT_IN_RULES, analyze_script
from psscript_graphql.scripts.limits import CONTENT_MAX_BYTES as MAX_BYTES  # the largest script allowed
BUDGET_SECONDS = 2.0
TESTS = Path(__file__).resolve().parents[1] / "tests"
SAMPLE_FOLDERS = (TESTS / "unit" / "analyzer" / "corpus", TESTS / "corpus" / "pssa")


def large_script(limit: int = MAX_BYTES) -> str:
    """Corpus scripts concatenated (each on fresh lines) up to `limit` UTF-8 bytes."""
    samples = [path.read_text(encoding="utf-8") for folder in SAMPLE_FOLDERS
               for path in sorted(folder.rglob("*")) if path.suffix in (".ps1", ".psm1")]
    if not samples:
        raise SystemExit("no corpus samples found under tests/")
    parts: list[str] = []
    size = 0
    while True:
        for sample in samples:
            piece = sample.rstrip("\n") + "\n\n"
            piece_size = len(piece.encode("utf-8"))
            if size + piece_size > limit:
                return "".join(parts)
            parts.append(piece)
            size += piece_size


def measure(content: str, enable: tuple[str, ...], repeat: int) -> dict[str, float | int]:
    seconds = []
    findings = 0
    for _ in range(repeat):
        started = time.process_time()
        result = analyze_script(content, enable=enable)
        seconds.append(time.process_time() - started)
        findings = len(result.findings)
    return {"best_cpu_s": round(min(seconds), 3), "median_cpu_s": round(statistics.median(seconds), 3),
            "findings": findings}


def run(repeat: int, out: Path) -> dict[str, object]:
    content = large_script()
    analyze_script(content[:10_000])  # warm up: grammar, query and regex compilation
    report: dict[str, object] = {
        "bytes": len(content.encode("utf-8")),
        "lines": content.count("\n"),
        "budget_cpu_s": BUDGET_SECONDS,
        "default_rules": measure(content, (), repeat),
        "all_rules": measure(content, tuple(OPT_IN_RULES), repeat),
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "analyzer.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for mode in ("default_rules", "all_rules"):
        numbers = report[mode]
        assert isinstance(numbers, dict)
        verdict = "within" if numbers["median_cpu_s"] <= BUDGET_SECONDS else "OVER"
        print(f"{mode:>13}: best {numbers['best_cpu_s']:.3f} s, median {numbers['median_cpu_s']:.3f} s CPU for "
              f"{report['bytes']:,} bytes ({numbers['findings']:,} findings) — {verdict} the {BUDGET_SECONDS} s budget")
    return report
