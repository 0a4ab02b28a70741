"""Attack text that is only data: the indicators a defender searches for are not the attack.

Incident-response hunts, detection rules and log searches name the tools they look for
(`'Invoke-Mimikatz'`, `'sekurlsa::logonpasswords'`, `'AmsiUtils'`, `'vssadmin.*delete shadows'`).
The text-matching attack rules skip a line when every match on it lies in a string that is
only data:

- a search pattern: the operand of `-Pattern`, `-match`/`-like`/`-contains`/`-in` (and their
  variants) or the argument of `.Contains(` / `.IndexOf(` / `.StartsWith(` / `.EndsWith(`, unless
  the same statement searches .NET types by reflection (`GetTypes() | ? Name -like '*AmsiUtils'`
  finds the type an AMSI bypass needs);
- an element of a list of constant strings assigned to a variable that is only ever searched
  with: `Select-String -Pattern $iocs`, `$line -match $iocs`, `foreach ($ioc in $iocs)` whose
  loop variable is itself only searched with or reported (`Indicator = $ioc`), `$iocs.Count`;
- a here-string that is never run (it reaches no execution sink and no `Add-Type`): a detection
  rule, a template or a report written to a file.

Anything that runs or passes such text on (`& mimikatz.exe $commands`, `.GetType($names[0])`)
keeps the line reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from psscript_graphql.analyzer.findings import Finding
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import Assignment, StringLiteral
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import reaches_execution

# What may stand right before a search pattern: a parameter or comparison operator, or a string method's `(`.
_PATTERN_BEFORE = re.compile(
    rb"(?i)(?:-(?:pattern|simplematch|[ic]?(?:not)?(?:match|like|contains|in))"
    rb"|\.(?:contains|indexof|startswith|endswith)\s*\()\s*$"
)
_REFLECTION = re.compile(rb"(?i)\.get(?:types|fields|methods|type|field)\s*\(|\bassembly\b")
# A list of constant strings once its strings are removed: `@(`, `)`, commas, blank space, a `[string[]]` cast.
_LIST_REMAINDER = re.compile(r"^(?:\[[\w.]+\[\]\])?\s*@?\(?[\s,]*\)?\s*$")
_FOREACH_OVER = re.compile(rb"(?i)\bforeach\s*\(\s*\$(\w+)\s+in\s*$")
_HASH_ENTRY_VALUE = re.compile(rb"(?:^|[;{\s])\w+\s*=\s*$")
_COUNT_AFTER = re.compile(rb"(?i)\.(?:count|length)\b")
_ADD_TYPE = re.compile(rb"(?i)\badd-type\b")


def lines_only_as_data(tree: ScriptTree, pattern: re.Pattern[bytes], needles: tuple[bytes, ...]) -> set[int]:
    """Lines where every match of `pattern` lies inside a string that is only indicator data."""
    strings = tree.cached("indicator-data:strings", lambda: IntervalIndex(tree.strings()))
    verdicts: dict[int, bool] = tree.cached("indicator-data:verdicts", dict)
    data_lines: set[int] = set()
    used: set[int] = set()
    for match, offset in tree.search(pattern, needles=needles):
        line = tree.position(offset)[0]
        holder = strings.innermost(offset)
        if holder is None or match.end() > holder.end:
            used.add(line)
            continue
        if holder.start not in verdicts:
            verdicts[holder.start] = _is_data(tree, holder)
        (data_lines if verdicts[holder.start] else used).add(line)
    return data_lines - used


def _is_data(tree: ScriptTree, string: StringLiteral) -> bool:
    if string.here:
        return _never_run(tree, string)
    return _in_search_position(tree, string.start) or _in_searched_list(tree, string)


def _assignments(tree: ScriptTree) -> IntervalIndex[_Value]:
    return tree.cached("indicator-data:assignments", lambda: IntervalIndex(
        [_Value(a.value_start, a.value_end, a) for a in tree.assignments() if a.variable]))


@dataclass(frozen=True, slots=True)
class _Value:
    start: int
    end: int
    assignment: Assignment


def _line_before(tree: ScriptTree, offset: int) -> bytes:
    return tree.source[tree.source.rfind(b"\n", 0, offset) + 1 : offset]


def _statement_text(tree: ScriptTree, offset: int) -> bytes:
    source = tree.source
    end = source.find(b"\n", offset)
    return source[source.rfind(b"\n", 0, offset) + 1 : end if end >= 0 else len(source)]


def _in_search_position(tree: ScriptTree, offset: int) -> bool:
    return bool(_PATTERN_BEFORE.search(_line_before(tree, offset))) and not _REFLECTION.search(
        _statement_text(tree, offset))


def _never_run(tree: ScriptTree, string: StringLiteral) -> bool:
    """A here-string no sink executes and no Add-Type compiles (directly or through the variable holding it)."""
    if reaches_execution(tree, string.start, string.end) is not None:
        return False
    if _ADD_TYPE.search(_line_before(tree, string.start)):
        return False
    holder = _holding_variable(tree, string.start)
    return holder is None or not any(_ADD_TYPE.search(_statement_text(tree, read)) for read in _reads_of(tree, holder))


def _holding_variable(tree: ScriptTree, offset: int) -> str | None:
    """The variable whose assignment holds the value at `offset` (`$rules = @{ 'x' = @'…'@ }` → rules)."""
    value = _assignments(tree).innermost(offset)
    return value.assignment.variable if value is not None else None


def _reads_of(tree: ScriptTree, name: str, after: int = 0) -> list[int]:
    starts, names = tree.variable_reads()
    return [start for start, read in zip(starts[bisect_left(starts, after):], names[bisect_left(starts, after):])
            if read == name]


def _in_searched_list(tree: ScriptTree, string: StringLiteral) -> bool:
    """An element of `$iocs = @('mimikatz', 'sekurlsa', …)` where `$iocs` is only searched with."""
    value = _assignments(tree).innermost(string.start)
    if value is None:
        return False
    assignment = value.assignment
    strings = tree.strings()
    starts = tree.cached("indicator-data:string-starts", lambda: [s.start for s in strings])
    members = strings[bisect_left(starts, value.start):bisect_left(starts, value.end)]
    if len(members) < 2 or any(s.expandable and "$" in s.text for s in members):
        return False
    remainder = bytearray(tree.source[value.start:value.end])
    for member in members:
        remainder[member.start - value.start:member.end - value.start] = b" " * (member.end - member.start)
    if not _LIST_REMAINDER.match(remainder.decode("utf-8", "replace")):
        return False
    return _only_searched(tree, assignment.variable or "", value.end, depth=1)


def _only_searched(tree: ScriptTree, name: str, after: int, depth: int) -> bool:
    """Every read of `$name` after `after` is a search pattern, a count, a report field or a foreach source."""
    reads = _reads_of(tree, name, after)
    for read in reads:
        before = _line_before(tree, read)
        if _in_search_position(tree, read) or _COUNT_AFTER.match(tree.source, read + 1 + len(name)):
            continue
        loop = _FOREACH_OVER.search(before)
        if loop is not None and depth > 0 and _only_searched_or_reported(tree, loop.group(1).decode().lower(), read):
            continue
        return False
    return bool(reads)


def _only_searched_or_reported(tree: ScriptTree, name: str, after: int) -> bool:
    """A loop variable over indicators: only searched with, or written into a report field (`Indicator = $x`)."""
    reads = _reads_of(tree, name, after)
    return bool(reads) and all(
        _in_search_position(tree, read) or _HASH_ENTRY_VALUE.search(_line_before(tree, read)) for read in reads)


def without_data_lines(tree: ScriptTree, findings: Iterable[Finding], pattern: re.Pattern[bytes],
                       needles: tuple[bytes, ...]) -> Iterator[Finding]:
    """`findings` of a text search for `pattern`, less those on lines where it only matches indicator data."""
    data: set[int] | None = None
    for finding in findings:
        if data is None:
            data = lines_only_as_data(tree, pattern, needles)
        if finding.line not in data:
            yield finding
