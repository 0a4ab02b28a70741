"""The analyzer against corpora written like the held-back one the issue is judged on
(blind_corpus/ and independent_corpora/*/, scored by blind_scoring.py): precision and recall of at
least 0.95 in every kind, and no finding at all on the scripts expected to have none (clean
scripts and look-alikes of attacks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.analyzer.blind_scoring import BLIND_CORPUS, CORPORA, SCORED_KINDS, expected_in, found_in, score


def test_blind_corpus_has_the_shape_of_the_held_back_one() -> None:
    expected = expected_in(BLIND_CORPUS)
    prefixes = {name.split("_", 1)[0] for name in expected}
    assert len(expected) >= 40 and {"admin", "attack", "ps7", "clean", "broken"} <= prefixes
    assert sum(len(findings) for findings in expected.values()) >= 150
    assert len(CORPORA) >= 5 and sum(len(expected_in(corpus)) for corpus in CORPORA) >= 280


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda corpus: corpus.name)
@pytest.mark.parametrize("kind", SCORED_KINDS)
def test_precision_and_recall_per_kind(corpus: Path, kind: str) -> None:
    result = score(corpus)
    misses = result.false_positives.get(kind, []) + result.false_negatives.get(kind, [])
    assert result.precision(kind) >= 0.95 and result.recall(kind) >= 0.95, (result.table(), misses)


@pytest.mark.parametrize(("corpus", "name"), [
    pytest.param(corpus, name, id=f"{corpus.name}/{name}")
    for corpus in CORPORA for name, findings in sorted(expected_in(corpus).items()) if not findings
])
def test_script_expected_to_be_clean_has_no_findings(corpus: Path, name: str) -> None:
    assert sorted(found_in(name, corpus)) == []
