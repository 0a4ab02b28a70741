"""The analyzer against a corpus written like the held-back one the issue is judged on
(blind_corpus/, scored by blind_scoring.py): precision and recall of at least 0.95 in every
kind, and no finding at all on the clean scripts."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.blind_scoring import EXPECTED, SCORED_KINDS, found_in, score

CLEAN = sorted(name for name in EXPECTED if name.startswith("clean_"))


def test_blind_corpus_has_the_shape_of_the_held_back_one() -> None:
    prefixes = {name.split("_", 1)[0] for name in EXPECTED}
    assert len(EXPECTED) >= 40 and {"admin", "attack", "ps7", "clean", "broken"} <= prefixes
    assert sum(len(findings) for findings in EXPECTED.values()) >= 150


@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_precision_and_recall_per_kind(kind: str) -> None:
    result = score()
    misses = result.false_positives.get(kind, []) + result.false_negatives.get(kind, [])
    assert result.precision(kind) >= 0.95 and result.recall(kind) >= 0.95, (result.table(), misses)


@pytest.mark.parametrize("name", CLEAN)
def test_clean_script_has_no_findings(name: str) -> None:
    assert sorted(found_in(name)) == []
