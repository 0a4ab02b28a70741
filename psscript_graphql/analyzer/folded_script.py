"""The script with its constant string expressions replaced by their values, and the way back.

`fold_script(tree)` rewrites every fold root (see fold_roots.py) as a single-quoted literal (a
bare word where a member name is expected) and parses the result; statements with nothing folded
and no data flow to or from a folded one are blanked out first (fold_slice.py). Rules that judge what a
script *runs* are then run on that tree too (analyze.py); `FoldedScript.to_original` maps their
findings back to the source as written, and `resolved_note` tells what the folded text was.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from psscript_graphql.analyzer import fold_slice
from psscript_graphql.analyzer.findings import Finding, shorten
from psscript_graphql.analyzer.fold_roots import FoldRoot, script_roots
from psscript_graphql.analyzer.parse import ScriptTree, parse_script
from psscript_graphql.analyzer.source import SourceText

_BARE_MEMBER = re.compile(r"^[A-Za-z_]\w*$")
_BARE_COMMAND = re.compile(r"^[A-Za-z_][\w.-]*$")
NOTE_LIMIT = 80


class Replacement(NamedTuple):
    """One fold root: original bytes [start, end) became folded bytes [new_start, new_end). (A named tuple: a frozen
    dataclass's __init__ sets each field through object.__setattr__, and a script of computed strings has one per
    line.)"""

    start: int
    end: int
    new_start: int
    new_end: int
    root: FoldRoot


def offset_at(text: SourceText, line: int, column: int) -> int:
    """Byte offset of a 1-based line and character column (the inverse of `SourceText.position`)."""
    starts = text._line_starts
    line_start = starts[min(max(line, 1), len(starts)) - 1]
    if text._ascii:
        return line_start + column - 1
    line_end = text.source.find(b"\n", line_start)
    # The first column - 1 characters lie in the first 4 * (column - 1) bytes (a character is at
    # most 4 bytes): decoding only those keeps this cheap on a long line.
    line_end = min(line_end if line_end >= 0 else len(text.source), line_start + 4 * max(column - 1, 0))
    line_bytes = text.source[line_start:line_end]
    return line_start + len(line_bytes.decode("utf-8", "replace")[: column - 1].encode("utf-8"))


def literal(root: FoldRoot) -> str:
    """The source text a fold root is replaced with (a bare word where a name is expected)."""
    if root.role == "member" and _BARE_MEMBER.match(root.value):
        return root.value
    if root.role == "command" and _BARE_COMMAND.match(root.value):
        return root.value
    return "'" + root.value.replace("'", "''") + "'"


@dataclass
class FoldedScript:
    """The rewritten script (`tree`) and the replacements that produced it, in source order."""

    original: ScriptTree
    tree: ScriptTree
    replacements: list[Replacement]

    def __post_init__(self) -> None:
        # Index for remapping findings: where each replacement starts in the folded text
        # (ascending: replacements do not overlap).
        self._new_starts = [r.new_start for r in self.replacements]

    @cached_property
    def _line_spans(self) -> tuple[list[int], list[int]]:
        """The folded-tree lines each replacement starts and ends on (both ascending). Built on
        the first finding to remap: most folded scripts have none, and a script of computed
        strings has a replacement on every line."""
        line_starts = self.tree._line_starts
        first = [bisect_right(line_starts, r.new_start) for r in self.replacements]
        last = [bisect_right(line_starts, max(r.new_start, r.new_end - 1)) for r in self.replacements]
        return first, last

    def to_original(self, offset: int) -> int:
        """Original byte offset of a folded byte offset (inside a replacement: the start of its root)."""
        index = bisect_right(self._new_starts, offset) - 1
        if index < 0:
            return offset
        replacement = self.replacements[index]
        if offset < replacement.new_end:
            return replacement.start
        return replacement.end + (offset - replacement.new_end)

    def roots_on_line(self, line: int) -> list[Replacement]:
        """Replacements whose folded text touches a folded-tree line."""
        first_lines, last_lines = self._line_spans
        return self.replacements[bisect_left(last_lines, line) : bisect_right(first_lines, line)]

    def resolved_note(self, line: int) -> str:
        """`resolved: <original> → <value>; …` for the replacements on a folded-tree line."""
        parts = []
        for replacement in self.roots_on_line(line):
            written = self.original.extract(replacement.start, replacement.end)
            parts.append(f"{_cut(written)} → {_cut(replacement.root.value)}")
        return "resolved: " + "; ".join(parts) if parts else ""

    def remap(self, finding: Finding) -> Finding:
        """A finding of the folded tree placed on the original source, its message naming the resolved text."""
        offset = self.to_original(offset_at(self.tree, finding.line, finding.column))
        line, column = self.original.position(offset)
        note = self.resolved_note(finding.line)
        message = f"{finding.message} ({note})" if note else finding.message
        return replace(finding, line=line, column=column, message=message,
                       extract=shorten(self.original.line_text(line)))


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_LIMIT else text[: NOTE_LIMIT - 1] + "…"


def fold_script(tree: ScriptTree) -> FoldedScript | None:
    """The script with every fold root replaced, or None when there is nothing to fold."""
    roots = script_roots(tree)
    if not roots:
        return None
    spans = fold_slice.kept_spans(tree, roots)
    source = fold_slice.blanked(tree.source, spans) if spans is not None else tree.source
    runs = fold_slice.skippable_runs(source, spans) if spans is not None else []
    # The stretch after the last kept statement is skipped too when the script has no syntax error (and read whole
    # should the folded script have one after all, see fold_slice.final_run).
    final = fold_slice.final_run(source, spans) if spans is not None and not tree.has_errors else None
    if final is not None:
        runs.append(final)
    pieces: list[bytes] = []
    replacements: list[Replacement] = []
    skipped: list[tuple[int, int]] = []  # `runs` moved to the folded text's offsets
    cursor = written = 0
    run_index, run_count = 0, len(runs)
    for root in roots:
        root_start = root.start
        while run_index < run_count and runs[run_index][1] <= root_start:  # runs lie outside every root
            start, end = runs[run_index]
            skipped.append((start + written - cursor, end + written - cursor))
            run_index += 1
        if root_start < cursor:
            continue  # nested in a root already replaced
        pieces.append(source[cursor:root_start])
        written += root_start - cursor
        text = literal(root).encode("utf-8")
        if root.role == "command" and source[root_start - 1 : root_start] in (b".", b"&"):
            text = b" " + text  # `.(…)` becomes `. IEX`, not a command named `.IEX`
        replacements.append(Replacement(root_start, root.end, written, written + len(text), root))
        pieces.append(text)
        written += len(text)
        cursor = root.end
    pieces.append(source[cursor:])
    skipped.extend((start + written - cursor, end + written - cursor) for start, end in runs[run_index:])
    folded = parse_folded(b"".join(pieces).decode("utf-8", "replace"), skipped, final_skipped=final is not None)
    return FoldedScript(tree, folded, replacements)


def parse_folded(text: str, skipped: list[tuple[int, int]], *, final_skipped: bool) -> ScriptTree:
    """The folded script's tree. When the last of the `skipped` runs is the stretch after the last kept statement
    (`final_skipped`), that stretch is read whole after all should the parse have a syntax error (see
    fold_slice.final_run)."""
    folded = parse_script(text, fold_candidates=False, skipped=skipped)
    if final_skipped and folded.has_errors:
        return parse_script(text, fold_candidates=False, skipped=skipped[:-1])
    return folded
