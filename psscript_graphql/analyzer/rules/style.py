"""PSScriptAnalyzer's layout rules. Like PSScriptAnalyzer, all of them are off until enabled, and they
check its default settings: 4-space indentation, open braces on the same line followed by a new
line, close braces on their own line and followed by a new line, lines of at most 120 characters.

Brace, separator and operator positions are read from the text outside strings and comments.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.findings import SOURCE_ORDER, Category, Finding, Severity, shorten
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.registry import opt_in

BEST_PRACTICE = Category.BEST_PRACTICE
MAX_LINE_LENGTH = 120
INDENTATION = 4


def _finding(tree: ScriptTree, rule: str, offset: int, message: str, hint: str,
             severity: Severity = Severity.WARNING) -> Finding:
    line, column = tree.position(offset)
    return Finding(rule, severity, message, line, column, hint, BEST_PRACTICE, shorten(tree.line_text(line)))


def _non_code(tree: ScriptTree) -> IntervalIndex[Span]:
    """Strings and comments: text the layout rules skip."""
    return tree.cached("non_code", lambda: IntervalIndex([*tree.strings(), *tree.comments()]))


def _code_matches(tree: ScriptTree, pattern: re.Pattern[bytes], needles: tuple[bytes, ...]) -> list[re.Match[bytes]]:
    skip = _non_code(tree)
    return [match for match, offset in tree.search(pattern, needles=needles, skip_comments=False)
            if not skip.contains(offset)]


@dataclass(frozen=True, slots=True)
class _Brace:
    open: int
    close: int  # -1 when never closed
    hashtable: bool


def _braces(tree: ScriptTree) -> list[_Brace]:
    """Curly brace pairs in code (`${name}` variables excluded), in order of their opening brace."""

    def build() -> list[_Brace]:
        skip = _non_code(tree)
        source = tree.source
        pairs: list[_Brace] = []
        stack: list[int] = []
        for match in re.finditer(rb"[{}]", source):
            offset = match.start()
            if skip.contains(offset):
                continue
            if source[offset : offset + 1] == b"{":
                if offset > 0 and source[offset - 1 : offset] == b"$":
                    end = source.find(b"}", offset)
                    if end > 0:
                        continue  # ${braced variable}
                stack.append(offset)
            elif stack:
                start = stack.pop()
                pairs.append(_Brace(start, offset, source[start - 1 : start] == b"@"))
        pairs += [_Brace(start, -1, source[start - 1 : start] == b"@") for start in stack]
        return sorted(pairs, key=lambda pair: pair.open)

    return tree.cached("brace_pairs", build)


def _line(tree: ScriptTree, offset: int) -> int:
    return tree.position(offset)[0]


def _before_on_line(tree: ScriptTree, offset: int) -> bytes:
    start = tree.source.rfind(b"\n", 0, offset) + 1
    return tree.source[start:offset]


def _after_on_line(tree: ScriptTree, offset: int) -> bytes:
    end = tree.source.find(b"\n", offset)
    return tree.source[offset + 1 : end if end >= 0 else len(tree.source)]


def _code_after(text: bytes) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.startswith(b"#")


@opt_in("PSAvoidLongLines")
def avoid_long_lines(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidLongLines: lines longer than 120 characters are hard to read and review."""
    for number, raw in enumerate(tree.source.split(b"\n"), 1):
        if len(raw) <= MAX_LINE_LENGTH:
            continue  # no more characters than bytes
        text = raw.decode("utf-8", "replace").rstrip("\r")
        if len(text) > MAX_LINE_LENGTH:
            yield Finding("PSAvoidLongLines", Severity.WARNING,
                          f"The line is {len(text)} characters long (maximum {MAX_LINE_LENGTH}).", number, 1,
                          "Break the line (splatting helps with long commands).", BEST_PRACTICE, shorten(text))


@opt_in("PSAvoidSemicolonsAsLineTerminators")
def avoid_semicolons_as_line_terminators(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidSemicolonsAsLineTerminators: a newline already ends a statement."""
    for match in _code_matches(tree, re.compile(rb";[ \t]*(?=#|\r?\n|$)"), (b";",)):
        yield _finding(tree, "PSAvoidSemicolonsAsLineTerminators", match.start(),
                       "The line ends with a semicolon.", "Remove the semicolon.")


@opt_in("PSPlaceOpenBrace")
def place_open_brace(tree: ScriptTree) -> Iterator[Finding]:
    """PSPlaceOpenBrace: an open brace goes on the line of its statement and is followed by a new line."""
    for brace in _braces(tree):
        if brace.hashtable:
            continue
        one_line = brace.close >= 0 and _line(tree, brace.close) == _line(tree, brace.open)
        if not _before_on_line(tree, brace.open).strip() and _line(tree, brace.open) > 1:
            yield _finding(tree, "PSPlaceOpenBrace", brace.open, "The open brace is not on the same line as its "
                           "statement.", "Move the brace to the end of the previous line.")
        elif not one_line and _code_after(_after_on_line(tree, brace.open)):
            yield _finding(tree, "PSPlaceOpenBrace", brace.open, "The open brace is not followed by a new line.",
                           "Start the block's code on the next line.")


_FOLLOWING_KEYWORD = re.compile(rb"^[ \t]*(?:else|elseif|catch|finally)\b", re.IGNORECASE)


@opt_in("PSPlaceCloseBrace")
def place_close_brace(tree: ScriptTree) -> Iterator[Finding]:
    """PSPlaceCloseBrace: a close brace of a multi-line block stands on its own line, and a new line follows it."""
    for brace in _braces(tree):
        if brace.close < 0 or _line(tree, brace.close) == _line(tree, brace.open):
            continue
        if _before_on_line(tree, brace.close).strip():
            yield _finding(tree, "PSPlaceCloseBrace", brace.close, "The close brace is not on its own line.",
                           "Put the close brace on a new line.")
        elif _FOLLOWING_KEYWORD.match(_after_on_line(tree, brace.close)):
            yield _finding(tree, "PSPlaceCloseBrace", brace.close, "The close brace is not followed by a new line.",
                           "Put else/elseif/catch/finally on the next line.")




def _bracket_balance(text: bytes) -> int:
    """Opening minus closing brackets in `text` (counted in C: this runs on every line)."""
    return (text.count(b"{") + text.count(b"(") + text.count(b"[")
            - text.count(b"}") - text.count(b")") - text.count(b"]"))



_START = attrgetter("start")


def _non_code_union(tree: ScriptTree) -> tuple[list[int], list[int]]:
    """Strings and comments merged into disjoint ranges: (starts, ends), sorted."""

    def build() -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        for span in sorted([*tree.strings(), *tree.comments()], key=_START):
            if ends and span.start < ends[-1]:
                ends[-1] = max(ends[-1], span.end)
            else:
                starts.append(span.start)
                ends.append(span.end)
        return starts, ends

    return tree.cached("non_code_union", build)


@opt_in("PSUseConsistentIndentation")
def use_consistent_indentation(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseConsistentIndentation: each nesting level (braces, parentheses, a pipeline continued on the next
    line) indents by four spaces."""
    starts, ends = _non_code_union(tree)

    def covered(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < ends[index]

    source = tree.source
    depth = 0
    continued = False
    line_start = 0
    cursor = 0  # first non-code range that ends after the current line's start
    for line_number, raw in enumerate(source.split(b"\n"), 1):
        start, line_start = line_start, line_start + len(raw) + 1
        text = raw.rstrip(b"\r")
        stripped = text.lstrip(b" \t")
        if not stripped:
            continued = False
            continue
        while cursor < len(ends) and ends[cursor] <= start:
            cursor += 1
        in_text = cursor < len(starts) and starts[cursor] < start + len(text)
        first = start + len(text) - len(stripped)
        if not (in_text and covered(first)):
            leading_closers = len(stripped) - len(stripped.lstrip(b"})]"))
            expected = INDENTATION * (max(depth - leading_closers, 0) + (1 if continued else 0))
            indent = len(text) - len(stripped)
            if indent != expected or b"\t" in text[:indent]:
                # Built directly: a badly indented 1 MiB script has a finding on most lines.
                yield Finding("PSUseConsistentIndentation", Severity.WARNING,
                              f"Indentation is {indent} columns; expected {expected}.", line_number, 1,
                              f"Indent with {expected} spaces.", BEST_PRACTICE,
                              shorten(text.decode("utf-8", "replace")))
        change = _bracket_balance(text)
        if in_text:  # brackets inside strings and comments do not nest: take back those in the ranges
            end = start + len(text)
            index = cursor
            while index < len(starts) and starts[index] < end:
                change -= _bracket_balance(source[max(starts[index], start) : min(ends[index], end)])
                index += 1
        depth = max(depth + change, 0)
        tail = text.rstrip()
        # A line ending in `|` or a backtick continues the statement; one ending inside a string or comment does not.
        continued = tail.endswith((b"|", b"`")) and not tail.endswith(b"||") and not (
            in_text and covered(start + len(tail) - 1))


_OPEN_BRACE_SPACE = re.compile(rb"[^\s({@$]\{")
_KEYWORD_PAREN = re.compile(rb"(?i)\b(?:if|elseif|while|for|foreach|switch|until)\(")
_SEPARATOR = re.compile(rb"[,;](?=[^\s])")
_PIPE = re.compile(rb"(?<![\s|])\|(?!\|)|(?<!\|)\|(?![\s|]|$)")


@opt_in("PSUseConsistentWhitespace")
def use_consistent_whitespace(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseConsistentWhitespace: spaces before `{`, between a keyword and `(`, around assignment operators and
    pipes, and after `,` and `;`."""
    checks = (
        (_OPEN_BRACE_SPACE, (b"{",), 1, "Use a space before the open brace."),
        (_KEYWORD_PAREN, (b"(",), 0, "Use a space between the keyword and the parenthesis."),
        (_SEPARATOR, (b",", b";"), 0, "Use a space after the separator."),
        (_PIPE, (b"|",), 0, "Use spaces around the pipe."),
    )
    found: list[Finding] = []
    for pattern, needles, shift, message in checks:
        for match in _code_matches(tree, pattern, needles):
            if pattern is _SEPARATOR and tree.source[match.start() + 1 : match.start() + 2] in (b")", b"}"):
                continue
            found.append(_finding(tree, "PSUseConsistentWhitespace", match.start() + shift, message, message))
    source = tree.source
    for assignment in tree.assignments():
        operator_at = source.find(assignment.operator.encode(), assignment.start + len(assignment.target.encode()))
        if operator_at < 0:
            continue
        before = source[operator_at - 1 : operator_at]
        after = source[operator_at + len(assignment.operator) : operator_at + len(assignment.operator) + 1]
        if before not in (b" ", b"\t") or after not in (b" ", b"\t", b"\r", b"\n"):
            found.append(_finding(tree, "PSUseConsistentWhitespace", operator_at,
                                  f"Use spaces around the {assignment.operator} operator.",
                                  "Write one space on each side of the operator."))
    yield from sorted(found, key=SOURCE_ORDER)


@opt_in("PSAlignAssignmentStatement")
def align_assignment_statement(tree: ScriptTree) -> Iterator[Finding]:
    """PSAlignAssignmentStatement: the `=` of a multi-line hashtable's entries line up."""
    by_table: dict[int, list[tuple[int, int]]] = {}
    for node in tree.nodes("hash_entry"):
        parent = node.parent.parent if node.parent is not None else None
        equals = next((child for child in node.children if child.type == "="), None)
        if parent is None or equals is None:
            continue
        by_table.setdefault(parent.start_byte, []).append((equals.start_point.row, equals.start_byte))
    for entries in by_table.values():
        rows = [row for row, _ in entries]
        if len(entries) < 2 or len(set(rows)) != len(rows):
            continue  # one-line tables are not aligned
        columns = {offset: tree.position(offset)[1] for _, offset in entries}
        target = max(columns.values())
        for offset, column in columns.items():
            if column != target:
                yield _finding(tree, "PSAlignAssignmentStatement", offset,
                               "The assignment is not aligned with the others in the hashtable.",
                               f"Align the = at column {target}.")


@opt_in("PSUseCorrectCasing")
def use_correct_casing(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseCorrectCasing: cmdlets are written as they are defined (Get-ChildItem, not get-childitem)."""
    for call in tree.commands():
        if call.invocation_operator or "-" not in call.name or call.alias_of:
            continue
        canonical = aliases.canonical_cmdlet(call.name)
        if canonical is not None and canonical != call.name and canonical.lower() == call.name_lower:
            yield Finding.at(call, rule="PSUseCorrectCasing", severity=Severity.INFORMATION,
                             message=f"{call.name} is written in a different case than {canonical}.",
                             hint=f"Write {canonical}.", category=BEST_PRACTICE)


RULES = (
    avoid_long_lines,
    avoid_semicolons_as_line_terminators,
    place_open_brace,
    place_close_brace,
    use_consistent_indentation,
    use_consistent_whitespace,
    align_assignment_statement,
    use_correct_casing,
)
