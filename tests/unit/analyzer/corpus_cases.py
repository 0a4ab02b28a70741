"""Shared access to the PowerShell corpus and its expectations (corpus/expected.json).

Analyses are cached per file: each sample is parsed once per test run however many
parametrized cases look at it.
"""

from __future__ import annotations

import functools
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from psscript_graphql.analyzer.analyze import AnalysisResult, analyze_script
from psscript_graphql.analyzer.findings import Finding, Severity
from psscript_graphql.analyzer.rules.performance import HINT_IDS

CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, Any] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@functools.cache
def analysis(name: str) -> AnalysisResult:
    """The analysis of one corpus file (cached), with the performance hints (off by default) enabled:
    the corpus has a family of them."""
    return analyze_script(corpus_text(name), enable=HINT_IDS)


def analyze(text: str, enable: tuple[str, ...] = ()) -> AnalysisResult:
    """Analysis of an inline snippet (dedented so tests can indent their PowerShell), with the opt-in
    rules in `enable` and the performance hints enabled."""
    return analyze_script(textwrap.dedent(text).strip("\n") + "\n", enable=tuple(dict.fromkeys(enable + HINT_IDS)))


def hits(result: AnalysisResult, rule: str) -> list[Finding]:
    """Findings reported under `rule`, or under a PSScriptAnalyzer id with `rule` as their finer detail."""
    return [finding for finding in result.findings if rule in (finding.rule, finding.detail)]


def lines_of(result: AnalysisResult, rule: str) -> list[int]:
    return [finding.line for finding in hits(result, rule)]


def expected_cases(family: str) -> list[Any]:
    """pytest params (file, rule, line) that must be found, for one rule family."""
    return [
        pytest.param(case["file"], case["rule"], case["line"], id=f'{case["file"]}:{case["line"]}:{case["rule"]}')
        for case in EXPECTED["expect"][family]
    ]


def absent_cases(family: str) -> list[Any]:
    """pytest params (file, rule, line) that must not be found."""
    return [
        pytest.param(case["file"], case["rule"], case["line"], id=f'{case["file"]}:{case["line"]}:{case["rule"]}')
        for case in EXPECTED["absent"][family]
    ]


def clean_files(family: str) -> list[str]:
    """Corpus files on which `family` must stay silent (security) or below warning (others)."""
    return [name for name, spec in EXPECTED["files"].items() if family in spec["clean"]]


def loud_findings(result: AnalysisResult, family: str) -> list[Finding]:
    """Findings that break a clean file's promise for `family`."""
    threshold = Severity.INFORMATION.rank if family == "security" else Severity.WARNING.rank
    return [f for f in result.findings if f.category == family and f.severity.rank >= threshold]
