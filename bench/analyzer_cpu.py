"""CPU seconds the analyzer spends on 1 MiB scripts: `python -m bench.analyzer_cpu [--rounds N] [--only TEXT]`.

Realistic shapes — an admin script (the analyzer corpus' inventory report) repeated up to the
1 MiB content limit, and the test corpora concatenated (what `python -m bench analyzer` runs)
— then the worst cases: constant-string obfuscation on every few lines (every command name,
type and AMSI string computed: the worst case for folding), one 190 kB `[char]` concatenation
payload, and the adversarial shapes of bench/analyzer_shapes.py. Every rule runs (the default
ones and every opt-in rule), or with `--default-rules` only those on by default (what an
analysis without settings runs). Prints the best of N rounds of process CPU time (other load
on the machine counts less than in wall time), the findings count and the verdict against the
2 s budget, with the machine's load average, and writes bench/results/analyzer_cpu.json
(analyzer_cpu_default.json with `--default-rules`).

Next to each analysis it prints the parser's floor: the CPU of tree-sitter parsing the same bytes
(the text the analyzer hands the parser, grammar gaps rewritten), and of that plus the one walk
of the tree every analysis needs (the analyzer's capture query, in C, before any Python model
is built), measured in the same rounds, alternating with the analysis, so both see the same
machine. `analysis / parse` is the ratio the analyzer's own work adds; a shape whose parse and
walk alone are over the budget is marked "parser-bound": no work of the analyzer's can bring it
within.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import tree_sitter

from bench.analyzer import large_script
from bench.analyzer_shapes import ONE_MIB, shapes
from psscript_graphql.analyzer.analyze import OPT_IN_RULES, analyze_script
from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import capture_nodes, language

BUDGET_SECONDS = 2.0
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "analyzer" / "corpus"
RESULTS = Path(__file__).resolve().parent / "results"
EVERY_RULE = tuple(OPT_IN_RULES)
OBFUSCATED = (
    "$a = 'Am' + 'si'\n$b = \"{1}{0}\" -f 'x','ie'\n& ('New-'+'Object') Net.WebClient\n"
    "[Ref].Assembly.GetType(\"System.Management.Automation.$a\" + 'Utils')\n$c = -join ('x','y')\n"
    "Write-Host (\"a\" + 'b' + $i)\nGet-ChildItem -Path ('C:\\' + 'temp') | ? { $_.Name -eq ('a'+'b') }\n"
)


def samples() -> dict[str, str]:
    inventory = (CORPUS / "inventory_report.ps1").read_text(encoding="utf-8")
    payload = "Write-Output 'hello from a long hidden payload'; " * 400
    return {
        "admin script, 1 MiB": inventory * (ONE_MIB // len(inventory.encode()) + 1),
        "test corpora concatenated, 1 MiB": large_script(ONE_MIB),
        "computed strings on every line, 1 MiB": OBFUSCATED * (ONE_MIB // len(OBFUSCATED.encode())),
        "[char] concatenation payload, 190 kB": "iex (" + "+".join(f"[char]{ord(c)}" for c in payload) + ")\n",
        **shapes(),
    }


def measure(text: str, rounds: int, enable: tuple[str, ...] = EVERY_RULE) -> tuple[float, int, float, float]:
    """Best process CPU seconds of `rounds` analyses of `text`, the findings count, and the best CPU seconds of
    parsing it alone and of parsing it and walking the tree with the capture query (one of each per round, right
    after that round's analysis)."""
    best, count, parse_best, floor_best = float("inf"), 0, float("inf"), float("inf")
    parsed = parser_input(text.encode("utf-8"))
    for _ in range(rounds):
        started = time.process_time()
        count = len(analyze_script(text, enable=enable).findings)
        best = min(best, time.process_time() - started)
        parser = tree_sitter.Parser(language())
        started = time.process_time()
        tree = parser.parse(parsed)
        parsed_at = time.process_time()
        capture_nodes(tree)
        parse_best = min(parse_best, parsed_at - started)
        floor_best = min(floor_best, time.process_time() - started)
    return best, count, parse_best, floor_best


def verdict(seconds: float, floor_seconds: float) -> str:
    """`floor_seconds`: the parse and the tree walk alone."""
    if seconds <= BUDGET_SECONDS:
        return "within"
    return "OVER, parser-bound" if floor_seconds > BUDGET_SECONDS else "OVER"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer_cpu", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", action="append", default=[], help="measure the shapes whose name contains this")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where analyzer_cpu.json goes")
    parser.add_argument("--default-rules", action="store_true",
                        help="only the rules on by default (what an analysis runs without settings)")
    args = parser.parse_args()
    enable = () if args.default_rules else EVERY_RULE
    rules = "the default rules" if args.default_rules else "every rule enabled"
    analyze_script(OBFUSCATED, enable=EVERY_RULE)  # imports, grammar and query compilation outside the measurement
    load_before = os.getloadavg()
    rows = []
    for name, text in samples().items():
        if args.only and not any(part in name for part in args.only):
            continue
        seconds, findings, parse_seconds, floor_seconds = measure(text, args.rounds, enable)
        size = len(text.encode())
        print(f"{name:<42} {size:>9} bytes  {seconds:6.2f} s CPU  parse alone {parse_seconds:5.2f} s "
              f"(x{seconds / parse_seconds:4.1f}), with the walk {floor_seconds:5.2f} s  {findings:>7} findings  "
              f"{verdict(seconds, floor_seconds)}", flush=True)
        rows.append({"shape": name, "bytes": size, "best_cpu_s": round(seconds, 3),
                     "parse_cpu_s": round(parse_seconds, 3), "parse_and_walk_cpu_s": round(floor_seconds, 3),
                     "findings": findings, "verdict": verdict(seconds, floor_seconds)})
    load_after = os.getloadavg()
    print(f"load average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after; {os.cpu_count()} CPUs; "
          f"best of {args.rounds}, {rules}, budget {BUDGET_SECONDS} s")
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"budget_cpu_s": BUDGET_SECONDS, "rounds": args.rounds, "load_average": [load_before[0], load_after[0]],
              "cpus": os.cpu_count(), "rules": "default" if args.default_rules else "every", "shapes": rows}
    name = "analyzer_cpu_default.json" if args.default_rules else "analyzer_cpu.json"
    (args.out / name).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
