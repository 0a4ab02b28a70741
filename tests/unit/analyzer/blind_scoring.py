"""Precision and recall of the analyzer on the blind corpora, per kind of finding.

Each corpus imitates the held-back one the issue is judged on: hand-written admin scripts,
attacker tradecraft, PowerShell 7 syntax, broken scripts and clean scripts, each with the
findings (rule id, line) a careful reviewer expects from PSScriptAnalyzer's rules and the
analyzer's documented attack rules (expected.json; NOTES.md lists the judgement calls). A
finding matches an expectation when its rule id, or its finer detail id, and its line are
equal; two findings of one rule on one line are two only when they have different details and two
expectations claim them (`?.` and `??` on one line), otherwise they count once.

`blind_corpus/` was written first; `independent_corpora/*/` were written later by reviewers who
never saw the analyzer's code or tests (from PSScriptAnalyzer's sources, ATT&CK and
docs/analysis.md), and scored before any fix they led to.

    python -m tests.unit.analyzer.blind_scoring [CORPUS_DIR …]   # the tables and every miss
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.analyzer.attack_techniques import RULE_TECHNIQUES
from psscript_graphql.analyzer.findings import Category

BLIND_CORPUS = Path(__file__).parent / "blind_corpus"
INDEPENDENT_CORPORA = sorted((Path(__file__).parent / "independent_corpora").iterdir())
CORPORA = (BLIND_CORPUS, *INDEPENDENT_CORPORA)
KINDS = ("security", "best practice", "compatibility", "parse errors", "performance")
SCORED_KINDS = KINDS[:4]  # the held-back corpus scores these; performance hints are reported, not judged
# PSScriptAnalyzer rules the analyzer files under security (the rest of PSSA's rules are best practice).
_PSSA_SECURITY = frozenset({
    "PSAvoidUsingInvokeExpression", "PSAvoidUsingConvertToSecureStringWithPlainText", "PSAvoidUsingPlainTextForPassword",
    "PSAvoidUsingUsernameAndPasswordParams", "PSAvoidUsingComputerNameHardcoded", "PSUsePSCredentialType",
    "PSAvoidUsingBrokenHashAlgorithms", "PSAvoidUsingAllowUnencryptedAuthentication",
})
# The analyzer's own security ids (attack techniques, secrets, TLS), for expectations that have no finding.
SECURITY_IDS = _PSSA_SECURITY | frozenset(RULE_TECHNIQUES) | {"PSCertificateValidationDisabled"}


def kind_of(rule: str, category: str | None = None) -> str:
    """The kind a rule id is scored under (a finding's own category decides for the analyzer's own rules)."""
    if rule == "PSParseError":
        return "parse errors"
    if rule.startswith(("PSUseCompatible", "PSCompatibility")):
        return "compatibility"
    if rule in SECURITY_IDS or category == Category.SECURITY:
        return "security"
    if category == Category.PERFORMANCE:
        return "performance"
    return "best practice"


@dataclass
class Score:
    true_positives: Counter[str] = field(default_factory=Counter)
    false_positives: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    false_negatives: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)

    def precision(self, kind: str) -> float:
        found = self.true_positives[kind] + len(self.false_positives.get(kind, []))
        return self.true_positives[kind] / found if found else 1.0

    def recall(self, kind: str) -> float:
        expected = self.true_positives[kind] + len(self.false_negatives.get(kind, []))
        return self.true_positives[kind] / expected if expected else 1.0

    def table(self) -> str:
        rows = [f"{'kind':<15}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}"]
        for kind in KINDS:
            rows.append(f"{kind:<15}{self.precision(kind):>10.2f}{self.recall(kind):>8.2f}"
                        f"{self.true_positives[kind]:>5}{len(self.false_positives.get(kind, [])):>5}"
                        f"{len(self.false_negatives.get(kind, [])):>5}")
        return "\n".join(rows)


@functools.cache
def expected_in(corpus: Path) -> dict[str, list[list[object]]]:
    """File name → [rule, line] pairs expected of a corpus."""
    return json.loads((corpus / "expected.json").read_text(encoding="utf-8"))


@functools.cache
def found_in(name: str, corpus: Path = BLIND_CORPUS) -> frozenset[tuple[str, str, int]]:
    """(kind, rule, line) of every finding of the default analysis."""
    return frozenset((kind, rule, line) for kind, rule, line, _detail in _findings_in(name, corpus))


@functools.cache
def _findings_in(name: str, corpus: Path) -> frozenset[tuple[str, str, int, str]]:
    """(kind, rule, line, detail id or "") of every finding of the default analysis."""
    result = analyze_script((corpus / name).read_text(encoding="utf-8"))
    return frozenset((kind_of(f.rule, f.category), f.rule, f.line, f.detail or "") for f in result.findings)


def _matches(expected: tuple[str, int], finding: tuple[str, str, int, str]) -> bool:
    rule, line = expected
    return finding[2] == line and rule in (finding[1], finding[3])


def score(corpus: Path = BLIND_CORPUS, names: list[str] | None = None) -> Score:
    total = Score()
    expectations = expected_in(corpus)
    for name in names or sorted(expectations):
        expected = {(str(rule), int(line)) for rule, line in expectations[name]}  # type: ignore[call-overload]
        found = set(_findings_in(name, corpus))
        matched: set[tuple[str, int]] = set()
        # Expectations naming a detail id first, so one naming the PSSA id takes a finding no detail claimed.
        for rule, line in sorted(expected, key=lambda e: (not any(e[0] == f[3] for f in found), e)):
            match = next((f for f in sorted(found) if _matches((rule, line), f)), None)
            if match is None:
                total.false_negatives.setdefault(kind_of(rule), []).append((name, rule, line))
            else:
                found.discard(match)
                matched.add((match[1], match[2]))
                total.true_positives[kind_of(rule)] += 1
        # Two findings of one rule on one line (two details) count once unless two expectations claim them.
        for kind, rule, line in sorted({(k, r, n) for k, r, n, _detail in found if (r, n) not in matched}):
            total.false_positives.setdefault(kind, []).append((name, rule, line))
    return total


if __name__ == "__main__":
    import sys

    for corpus in [Path(arg) for arg in sys.argv[1:]] or CORPORA:
        result = score(corpus.resolve())
        print(f"== {corpus.name}\n{result.table()}")
        for label, misses in (("false positive", result.false_positives), ("false negative", result.false_negatives)):
            for kind, entries in misses.items():
                for name, rule, line in entries:
                    print(f"{label:<15} {kind:<14} {name}:{line} {rule}")
