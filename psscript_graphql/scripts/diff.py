"""Line diffs between two versions of a script (difflib), as hunks and as a unified diff.

Lines are split on "\\n" only, and a "\\r" stays part of its line: a change of line endings
shows as changed lines, as `git diff` shows it. A final line break is not a line of its own.

difflib's matcher is roughly quadratic in the number of lines when many small edits are spread
over a file (measured: two versions of 2,500 lines with every seventh line changed take about
0.5 s of CPU, 10,000 lines 6 s), so the versions compared may hold DIFF_MAX_LINES lines
together, and a request DIFF_LINES_PER_REQUEST over all its diffs; past either the caller
gets `DiffTooLarge`, never a partial diff.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum

DIFF_MAX_LINES = 5_000
DIFF_LINES_PER_REQUEST = 20_000
CONTEXT_LINES = 3


class LineKind(Enum):
    CONTEXT = "context"
    ADDED = "added"
    REMOVED = "removed"


_PREFIX = {LineKind.CONTEXT: " ", LineKind.ADDED: "+", LineKind.REMOVED: "-"}


@dataclass(frozen=True)
class DiffLine:
    kind: LineKind
    text: str


@dataclass(frozen=True)
class Hunk:
    """One `@@ -old_start,old_lines +new_start,new_lines @@` block. Starts are 1-based; for an
    empty side the start is the line after which the other side's lines go (0: at the top)."""

    old_start: int
    old_lines: int
    new_start: int
    new_lines: int
    lines: tuple[DiffLine, ...]

    @property
    def header(self) -> str:
        return f"@@ -{_range(self.old_start, self.old_lines)} +{_range(self.new_start, self.new_lines)} @@"


@dataclass(frozen=True)
class Diff:
    unified: str
    added: int
    removed: int
    hunks: tuple[Hunk, ...]


class DiffTooLarge(Exception):
    """The versions (or the request's diffs together) hold more lines than a diff may compare."""


def split_lines(content: str) -> list[str]:
    lines = content.split("\n")
    if lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it does not start another
    return lines


def check_size(old_lines: int, new_lines: int) -> None:
    if old_lines + new_lines > DIFF_MAX_LINES:
        raise DiffTooLarge(
            f"The versions have {old_lines + new_lines:,} lines together; diffs compare at most {DIFF_MAX_LINES:,}. "
            "Download both versions (`rawUrl`) and compare them locally."
        )


def diff_lines(old: list[str], new: list[str], *, old_label: str, new_label: str) -> Diff:
    """The hunks turning `old` into `new`, with CONTEXT_LINES lines of context around changes."""
    check_size(len(old), len(new))
    hunks: list[Hunk] = []
    added = removed = 0
    for group in difflib.SequenceMatcher(None, old, new).get_grouped_opcodes(CONTEXT_LINES):
        lines: list[DiffLine] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(DiffLine(LineKind.CONTEXT, text) for text in old[i1:i2])
                continue
            if tag in ("replace", "delete"):
                lines.extend(DiffLine(LineKind.REMOVED, text) for text in old[i1:i2])
                removed += i2 - i1
            if tag in ("replace", "insert"):
                lines.extend(DiffLine(LineKind.ADDED, text) for text in new[j1:j2])
                added += j2 - j1
        first, last = group[0], group[-1]
        hunks.append(Hunk(*_start_and_length(first[1], last[2]), *_start_and_length(first[3], last[4]), tuple(lines)))
    return Diff(unified=_unified(hunks, old_label, new_label), added=added, removed=removed, hunks=tuple(hunks))


def _start_and_length(start: int, stop: int) -> tuple[int, int]:
    length = stop - start
    return (start + 1 if length else start), length


def _range(start: int, length: int) -> str:
    return str(start) if length == 1 else f"{start},{length}"


def _unified(hunks: list[Hunk], old_label: str, new_label: str) -> str:
    if not hunks:
        return ""
    out = [f"--- {old_label}", f"+++ {new_label}"]
    for hunk in hunks:
        out.append(hunk.header)
        out.extend(_PREFIX[line.kind] + line.text for line in hunk.lines)
    return "\n".join(out) + "\n"
