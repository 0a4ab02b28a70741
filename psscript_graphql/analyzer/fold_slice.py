"""Which statements the folded script needs: those holding a fold root and their neighbours in data flow.

The rules that see folded text (analyze.FOLDED_TEXT_RULES) only report there what the script as
written did not already show, and that can only be about a statement whose text folding changed.
So the folded script keeps, at their own offsets, the statements holding a fold root, the
statements assigning a variable those read and the statements reading a variable those assign;
every other byte becomes a space (line breaks stay), so offsets and lines are unchanged. A 1 MiB
script with a few computed strings is then parsed and walked a second time over a few kilobytes,
not the whole megabyte again.

A statement is the node right below a statement list (`if`, `foreach`, a function definition are
one statement with everything inside them) or below a syntax error (tree-sitter lists the
pieces it could parse as the error's children). The script's `#requires`, `using` and `param`
blocks are always kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psscript_graphql.analyzer.fold_roots import FoldRoot
    from psscript_graphql.analyzer.parse import ScriptTree

# Blanking pays only when it spares the parser and the rules much text: below this many bytes
# blanked the whole text is folded, with its full context (every script under 32 KiB is).
MIN_BLANKED_BYTES = 32 * 1024
# A blanked stretch spanning more lines is skipped by the parser but for its first and last line
# breaks (tree-sitter's included ranges): reading it byte by byte was half the folded parse.
MIN_SKIPPED_BYTES = 256
Node = Any
_STATEMENT_LISTS = frozenset({"statement_list", "program", "ERROR"})
# Every byte to a space but line breaks (multi-byte characters become one space per byte).
_BLANKING = bytes(byte if byte in b"\r\n" else 0x20 for byte in range(256))


def kept_spans(tree: ScriptTree, roots: Iterable[FoldRoot]) -> list[tuple[int, int]] | None:
    """Merged byte ranges the folded script keeps, or None to keep everything."""
    if len(tree.source) < MIN_BLANKED_BYTES:
        return None
    statements = _root_statements(tree, roots)
    header = {(child.start_byte, child.end_byte) for child in tree.root.named_children
              if child.type != "statement_list"}
    # Spans only grow from here: when the roots' statements already leave too little to blank,
    # their data-flow neighbours need not be looked up. (A union of ranges merges the same from merged parts:
    # each set is sorted and merged once.)
    merged_statements = _merged(statements)
    if _too_little_blanked(tree, _merged([*merged_statements, *header])):
        return None
    merged = _merged([*merged_statements, *header, *_flow_neighbours(tree, merged_statements)])
    if _too_little_blanked(tree, merged):
        return None
    return merged


def _too_little_blanked(tree: ScriptTree, merged: list[tuple[int, int]]) -> bool:
    return len(tree.source) - sum(end - start for start, end in merged) < MIN_BLANKED_BYTES


def _root_statements(tree: ScriptTree, roots: Iterable[FoldRoot]) -> set[tuple[int, int]]:
    """The statements holding the roots (in source order). A root inside the statement found for
    the previous one is skipped: its own statement lies within that one (statements nest), so
    it would change no merged span, and on a line of several roots one lookup does."""
    spans: set[tuple[int, int]] = set()
    top = _top_level(tree)
    last_start = last_end = -1
    for root in roots:
        if last_start <= root.start and root.end <= last_end:
            continue
        last_start, last_end = _statement(tree, top, root.start, root.end)
        spans.add((last_start, last_end))
    return spans


def blanked(source: bytes, spans: list[tuple[int, int]]) -> bytes:
    """`source` with every byte outside `spans` a space, line breaks kept (same length)."""
    pieces, cursor = [], 0
    for start, end in spans:
        pieces.append(_blank(source[cursor:start]))
        pieces.append(source[start:end])
        cursor = end
    pieces.append(_blank(source[cursor:]))
    return b"".join(pieces)


def skippable_runs(blanked_source: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte ranges of `blanked(…, spans)` the parser may skip: in each blanked stretch, what lies
    between its first and its last line break. The parser still reads those two breaks, so no
    two tokens join across the stretch and a statement ends there as it did; the count of empty
    lines between two statements changes nothing in the tree. The stretch after the last span is
    not among them (see `final_run`)."""
    runs, cursor = [], 0
    for start, end in spans:
        run = _run_between(blanked_source, cursor, start)
        if run is not None:
            runs.append(run)
        cursor = end
    return runs


def final_run(blanked_source: bytes, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The run of the stretch after the last span, skippable as the others only when the parse has no syntax error:
    at the end of the text, tree-sitter's error recovery can close an ERROR node differently when the whitespace
    before the end is skipped. (A script whose folded statements all lie in its first part is mostly that stretch.)"""
    return _run_between(blanked_source, spans[-1][1], len(blanked_source)) if spans else None


def _run_between(blanked_source: bytes, start: int, end: int) -> tuple[int, int] | None:
    first = blanked_source.find(b"\n", start, end)
    if first < 0:
        return None
    last = blanked_source.rfind(b"\n", start, end)
    if blanked_source[last - 1 : last] == b"\r":
        last -= 1  # the parser reads the whole `\r\n`
    return (first + 1, last) if last - (first + 1) >= MIN_SKIPPED_BYTES and last > first + 1 else None


def _blank(text: bytes) -> bytes:
    return text.translate(_BLANKING)


def _statement(tree: ScriptTree, top: _TopLevel, start: int, end: int) -> tuple[int, int]:
    """Byte range of the innermost statement holding [start, end): the nearest ancestor right below
    a statement list or a syntax error (whose pieces tree-sitter lists as its children). `top`: `_top_level(tree)`,
    fetched once by the caller (a script of computed strings asks this once per line)."""
    index = bisect_right(top.starts, start) - 1
    if index >= 0:
        statement = top.nodes[index]
        statement_end = statement.end_byte
        if end <= statement_end and start < statement_end:
            flat = top.flat.get(index)
            if flat is None:
                flat = top.flat[index] = _holds_no_statements(tree, statement)
            if flat:
                # A top-level statement with no statement list inside: every node in it climbs to it.
                return top.starts[index], statement_end
            found = _statement_below(statement, tree.root.descendant_for_byte_range(start, max(start, end - 1)))
            if found is not None:
                return found
    return _innermost_statement(tree, start, end)


def _statement_below(top_statement: Node, node: Node | None) -> tuple[int, int] | None:
    """What `_innermost_statement` climbs to from `node`, found walking down from the top-level statement holding
    it: the deepest node on the way whose parent is a statement list (the top-level one's is). Each `.parent`
    walks down from the root through every top-level statement before it; `child_with_descendant` (the step
    `.parent` takes) starts here. None when `node` is not below `top_statement`."""
    if node is None:
        return None
    found = current = top_statement
    while current != node:
        child = current.child_with_descendant(node)
        if child is None:
            return None
        if current.type in _STATEMENT_LISTS:
            found = child
        current = child
    return found.start_byte, found.end_byte


@dataclass(frozen=True, slots=True)
class _TopLevel:
    """The statements right below the program's statement list: their nodes, start offsets and, once asked, whether
    each holds no statement list (by index: a function's body is asked about for every variable it reads)."""

    nodes: list[Node]
    starts: list[int]
    flat: dict[int, bool]


def _top_level(tree: ScriptTree) -> _TopLevel:
    def build() -> _TopLevel:
        nodes = [statement for child in tree.root.named_children if child.type == "statement_list"
                 for statement in child.named_children]
        return _TopLevel(nodes, [node.start_byte for node in nodes], {})

    return tree.cached("fold_slice_top_level", build)


# What opens a statement list inside a statement: a script block or statement block (`{`), `$(…)`, `@(…)`.
_OPENS_STATEMENTS = re.compile(rb"[{]|[$@]\(")


def _holds_no_statements(tree: ScriptTree, statement: Node) -> bool:
    """No statement list and no syntax error (whose children count as statements) inside `statement`, so it is the
    innermost statement of everything in it. Read from the bytes the parser saw: one search, not a climb through the
    tree (each `.parent` walks down from the root again)."""
    return not statement.has_error and _OPENS_STATEMENTS.search(tree.parsed, statement.start_byte,
                                                                  statement.end_byte) is None


def _innermost_statement(tree: ScriptTree, start: int, end: int) -> tuple[int, int]:
    node = tree.root.descendant_for_byte_range(start, max(start, end - 1))
    if node is None:
        return start, end
    # One `parent` per level: each walks down from the root again, the cost of this loop.
    parent = node.parent
    while parent is not None and parent.type not in _STATEMENT_LISTS:
        node, parent = parent, parent.parent
    if parent is None:
        return start, end
    return node.start_byte, node.end_byte


def _flow_neighbours(tree: ScriptTree, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Statements assigning a variable the `spans` (merged, in order) read, or reading one they assign."""
    read_starts, read_names = tree.variable_reads()
    reads_within = _within(read_starts, spans)
    read = {name for name, is_within in zip(read_names, reads_within) if is_within}
    assignments = tree.assignments()
    assignments_within = _within([a.start for a in assignments], spans)
    assigned = {a.variable for a, is_within in zip(assignments, assignments_within) if is_within and a.variable}
    # As in _root_statements: an assignment or read inside the statement found last (both lists are in source
    # order) is in a statement within that one, which changes no merged span, so it is not looked up (on the test
    # corpora concatenated, half the lookups: the reads in an `if`'s or a loop's body after those in its head).
    found: set[tuple[int, int]] = set()
    top = _top_level(tree)
    last_start = last_end = -1
    for a, is_within in zip(assignments, assignments_within):
        if a.variable in read and not is_within and not (last_start <= a.start and a.end <= last_end):
            last_start, last_end = _statement(tree, top, a.start, a.end)
            found.add((last_start, last_end))
    for index, name in enumerate(read_names):
        if name in assigned and not reads_within[index]:
            start = read_starts[index]
            if not (last_start <= start < last_end):
                last_start, last_end = _statement(tree, top, start, start + 1)
                found.add((last_start, last_end))
    return found


def _within(offsets: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """Whether each offset (ascending: reads and assignments are in source order) lies in one of the merged `spans`:
    one sweep over both, not a bisect per offset."""
    within: list[bool] = []
    span_index, span_count = 0, len(spans)
    for offset in offsets:
        while span_index < span_count and spans[span_index][1] <= offset:
            span_index += 1
        within.append(span_index < span_count and spans[span_index][0] <= offset)
    return within


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged

