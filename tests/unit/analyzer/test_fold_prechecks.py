"""The quick answers folding gives before evaluating: each must agree with the evaluation it spares."""

from __future__ import annotations

from pathlib import Path

import pytest

from psscript_graphql.analyzer.fold_roots import fold_candidates
from psscript_graphql.analyzer.folding import Folder
from psscript_graphql.analyzer.parse import parse_script

CORPORA = Path(__file__).parent


def _candidate(text: str, kind: str = "") -> tuple[Folder, object]:
    tree = parse_script(text)
    nodes = [node for node in fold_candidates(tree) if not kind or node.type == kind]
    return Folder(tree), nodes[0]  # the outermost


@pytest.mark.parametrize(
    "text",
    [
        "$a = 'x'\n$a = 'y'\n$b = \"$a!\"\n",  # assigned twice
        "$a = 'x'\n$a += 'y'\n$b = $a + 'z'\n",  # changed with +=
        "param($a)\n$b = $a + 'z'\n",  # a parameter
        "foreach ($a in 1..3) { }\n$b = \"<$a>\"\n",  # a loop variable
        "$b = 'pre' + $undefined\n",  # never assigned
        "$b = -join ('a', $true)\n",  # an automatic variable with no well-known value
    ],
)
def test_a_read_of_a_variable_with_no_value_is_known_not_to_fold(text: str) -> None:
    folder, node = _candidate(text)
    assert folder.surely_not_constant(node)
    assert folder.fold(node) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$a = 'Inv'\n$b = $a + 'oke'\n", "Invoke"),  # assigned once, to a constant
        ("$b = $ShellId[1] + $ShellId[13] + 'x'\n", "iex"),  # a well-known value
        ("$b = $env:ComSpec[4,15,25] -join ''\n", "Iex"),  # scoped: not judged by its name
        ("$m = 'i'\n$b = ${m} + 'ex'\n", "iex"),  # braced
        ("$b = -join ((105, 101, 120) | % { [char]$_ })\n", "iex"),  # `$_` in a script block is not evaluated
    ],
)
def test_reads_that_may_have_a_value_are_left_to_the_evaluation(text: str, value: str) -> None:
    folder, node = _candidate(text)
    assert not folder.surely_not_constant(node)
    assert folder.fold(node) == value


def test_the_quick_answer_never_contradicts_folding_on_the_corpora() -> None:
    """Every fold candidate of every corpus script: known not to fold ⇒ does not fold (and it is known often)."""
    known = 0
    for path in sorted(CORPORA.rglob("*.ps1")):
        tree = parse_script(path.read_text(encoding="utf-8", errors="replace"))
        folder, fresh = Folder(tree), Folder(tree)
        for node in fold_candidates(tree):
            if folder.surely_not_constant(node):
                known += 1
                assert fresh.fold(node) is None, (path, tree.text_of(node))
    assert known > 100
