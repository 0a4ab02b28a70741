"""Every PSScriptAnalyzer rule against tests/corpus/pssa: `<Rule>/trigger.*` must report the rule at
exactly the lines PSScriptAnalyzer reports (cases.json), `<Rule>/near_miss.*` must not report it.
Rules that are off by default are enabled for their own case, and only there."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from psscript_graphql.analyzer.analyze import OPT_IN_RULES, AnalysisResult, analyze_script
from psscript_graphql.analyzer.findings import Category

CORPUS = Path(__file__).parents[2] / "corpus" / "pssa"
CASES: dict[str, dict[str, object]] = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))


@functools.cache
def _analysis(rule: str, name: str, enable: tuple[str, ...]) -> AnalysisResult:
    return analyze_script((CORPUS / rule / name).read_text(encoding="utf-8"), enable=enable)


def _lines(rule: str, name: str) -> list[int]:
    enable = (rule,) if rule in OPT_IN_RULES else ()
    return sorted({f.line for f in _analysis(rule, name, enable).findings if f.rule == rule})


@pytest.mark.parametrize("rule", sorted(CASES))
def test_trigger_reports_the_rule_at_pssa_lines(rule: str) -> None:
    assert _lines(rule, str(CASES[rule]["trigger"])) == CASES[rule]["lines"]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_near_miss_does_not_report_the_rule(rule: str) -> None:
    assert _lines(rule, str(CASES[rule]["near_miss"])) == []


@pytest.mark.parametrize("rule", sorted(r for r in CASES if r in OPT_IN_RULES))
def test_opt_in_rule_is_silent_unless_enabled(rule: str) -> None:
    result = _analysis(rule, str(CASES[rule]["trigger"]), ())
    assert [f for f in result.findings if f.rule == rule] == []


CLEAN = sorted((CORPUS / "clean").iterdir())


@pytest.mark.parametrize("path", CLEAN, ids=[path.name for path in CLEAN])
def test_clean_script_has_no_findings(path: Path) -> None:
    """Only compatibility notes (which PowerShell a script needs) may appear on a clean script."""
    result = analyze_script(path.read_text(encoding="utf-8"))
    assert [(f.rule, f.line, f.message) for f in result.findings if f.category != Category.COMPATIBILITY] == []
