"""scripts/diff.py: hunks agree with difflib's unified diff; line splitting; the size limit."""

from __future__ import annotations

import difflib
import random

import pytest

from psscript_graphql.scripts.diff import DIFF_MAX_LINES, DiffTooLarge, LineKind, diff_lines, split_lines


def _edited(rng: random.Random, lines: list[str]) -> list[str]:
    edited = lines[:]
    for _ in range(rng.randint(0, 6)):
        roll = rng.random()
        if roll < 0.3 and edited:
            edited.pop(rng.randrange(len(edited)))
        elif roll < 0.6:
            edited.insert(rng.randint(0, len(edited)), rng.choice("xyz"))
        elif edited:
            edited[rng.randrange(len(edited))] = rng.choice("pq")
    return edited


def test_the_unified_text_equals_difflib_s_and_the_counts_match_its_lines() -> None:
    rng = random.Random(17)
    for _ in range(300):
        old = [rng.choice("abcdefg") for _ in range(rng.randint(0, 40))]
        new = _edited(rng, old)
        expected = "".join(line + "\n" for line in difflib.unified_diff(old, new, "a", "b", lineterm=""))
        result = diff_lines(old, new, old_label="a", new_label="b")
        assert result.unified == expected
        body = [line for line in expected.splitlines()[2:] if not line.startswith("@@")]
        assert result.added == sum(line.startswith("+") for line in body)
        assert result.removed == sum(line.startswith("-") for line in body)
        for hunk in result.hunks:
            kinds = [line.kind for line in hunk.lines]
            assert hunk.old_lines == kinds.count(LineKind.CONTEXT) + kinds.count(LineKind.REMOVED)
            assert hunk.new_lines == kinds.count(LineKind.CONTEXT) + kinds.count(LineKind.ADDED)


def test_an_insertion_into_an_empty_version_starts_at_zero() -> None:
    [hunk] = diff_lines([], ["Get-Date"], old_label="a", new_label="b").hunks
    assert (hunk.old_start, hunk.old_lines, hunk.new_start, hunk.new_lines) == (0, 0, 1, 1)


def test_lines_split_on_line_feeds_and_keep_a_carriage_return() -> None:
    assert split_lines("a\r\nb\r\n") == ["a\r", "b\r"]
    assert split_lines("a\nb") == split_lines("a\nb\n") == ["a", "b"]
    assert split_lines("a\n\n") == ["a", ""]
    changed = diff_lines(split_lines("a\nb\n"), split_lines("a\r\nb\r\n"), old_label="a", new_label="b")
    assert (changed.added, changed.removed) == (2, 2)  # like git: line endings are part of the line


def test_more_lines_than_the_limit_are_refused_before_any_work() -> None:
    with pytest.raises(DiffTooLarge, match=f"{DIFF_MAX_LINES + 1:,} lines together"):
        diff_lines(["x"] * DIFF_MAX_LINES, ["y"], old_label="a", new_label="b")
