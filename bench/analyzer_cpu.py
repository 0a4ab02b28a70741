"""CPU seconds the analyzer spends on 1 MiB scripts: `python -m bench.analyzer_cpu [--rounds N]`.

Three shapes, each a sample repeated up to the 1 MiB content limit: a realistic admin script
(the analyzer corpus' inventory report), the same with constant-string obfuscation on every
few lines (every command name, type and AMSI string computed — the worst case for folding),
and one 190 kB `[char]` concatenation payload. Prints the best of N rounds (process CPU
time, so other load on the machine counts less than wall time would) and the findings count.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from psscript_graphql.analyzer.analyze import analyze_script

ONE_MIB = 1024 * 1024
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "analyzer" / "corpus"
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
        "computed strings on every line, 1 MiB": OBFUSCATED * (ONE_MIB // len(OBFUSCATED.encode())),
        "[char] concatenation payload, 190 kB": "iex (" + "+".join(f"[char]{ord(c)}" for c in payload) + ")\n",
    }


def measure(text: str, rounds: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(rounds):
        started = time.process_time()
        count = len(analyze_script(text).findings)
        best = min(best, time.process_time() - started)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.analyzer_cpu", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    analyze_script("Get-Date")  # import and grammar load outside the measurement
    for name, text in samples().items():
        seconds, findings = measure(text, args.rounds)
        print(f"{name:<40} {len(text.encode()):>9} bytes  {seconds:6.2f} s CPU  {findings:>6} findings")


if __name__ == "__main__":
    main()
