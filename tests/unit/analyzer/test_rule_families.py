"""Every rule family against the corpus: each expected finding fires at its line and in its
family, known traps stay silent, clean samples stay clean (corpus/expected.json)."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.findings import Category
from tests.unit.analyzer.corpus_cases import absent_cases, analysis, clean_files, expected_cases, hits, lines_of, loud_findings

FAMILIES = {
    "best_practice": Category.BEST_PRACTICE,
    "compatibility": Category.COMPATIBILITY,
    "performance": Category.PERFORMANCE,
    "security": Category.SECURITY,
}


def _each_family(cases: str) -> list[object]:
    source = {"expected": expected_cases, "absent": absent_cases, "clean": clean_files}[cases]
    params = []
    for family in FAMILIES:
        for case in source(family):
            values = case.values if hasattr(case, "values") else (case,)
            params.append(pytest.param(family, *values, id=f"{family}-" + "-".join(map(str, values))))
    return params


@pytest.mark.parametrize(("family", "name", "rule", "line"), _each_family("expected"))
def test_rule_fires_at_expected_line(family: str, name: str, rule: str, line: int) -> None:
    found = [f for f in hits(analysis(name), rule) if f.line == line]
    assert found, f"{rule} missing at {name}:{line}; got lines {lines_of(analysis(name), rule)}"
    assert all(f.category == FAMILIES[family] for f in found)


@pytest.mark.parametrize(("family", "name", "rule", "line"), _each_family("absent"))
def test_rule_stays_silent_on_known_trap(family: str, name: str, rule: str, line: int) -> None:
    assert line not in lines_of(analysis(name), rule)


@pytest.mark.parametrize(("family", "name"), _each_family("clean"))
def test_clean_script_has_no_findings_of_its_family(family: str, name: str) -> None:
    assert loud_findings(analysis(name), family) == []
