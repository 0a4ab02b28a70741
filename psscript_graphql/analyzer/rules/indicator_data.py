"""Attack text that is only data: the indicators a defender searches for are not the attack.

Incident-response hunts, detection rules and log searches name the tools they look for
(`'Invoke-Mimikatz'`, `'sekurlsa::logonpasswords'`, `'AmsiUtils'`, `'vssadmin.*delete shadows'`).
The text-matching attack rules skip a line when every match on it lies in a string that is
only data:

- a search pattern: the operand (or a comma list of operands) of `-Pattern`, `-match`/`-like`/
  `-contains`/`-in` and their variants (also through `[regex]::Escape(`), the argument of
  `.Contains(` / `.IndexOf(` / `.StartsWith(` / `.EndsWith(`, or a `switch` clause's condition —
  unless the statement searches .NET types by reflection (`GetTypes() | ? Name -like
  '*AmsiUtils'` finds the type an AMSI bypass needs);
- a constant string, or an element of a list or hashtable of constant strings, held by a
  variable (or a parameter's default) that is only ever searched with: `Select-String -Pattern
  $iocs`, `$line -match $iocs[$name]`, `$iocs.Count`, or `foreach ($ioc in $iocs)` (also over
  `.Keys`, `.Values`, `.GetEnumerator()`) whose loop variable is itself only searched with, used
  as an index, put in a report field (`Indicator = $ioc`), a message or an expandable string;
- a here-string that is never run: it reaches no execution sink, no `Add-Type`, and is not
  written where something runs it (`$PROFILE`, a script or batch file, a scheduled task, a Run
  key, a process's arguments) — a detection rule, a query or a template.

Anything that runs or passes such text on (`& mimikatz.exe $commands`, `.GetType($names[0])`)
keeps the line reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from psscript_graphql.analyzer.declarations import parameter_defaults
from psscript_graphql.analyzer.findings import Finding
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import StringLiteral
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import reaches_execution, string_index

# What may stand right before a search pattern: a parameter or comparison operator (with earlier items of a comma
# list, or `[regex]::Escape(`), or a string method's `(`.
_PATTERN_BEFORE = re.compile(
    rb"(?i)(?:(?:-(?:pattern|simplematch|[ic]?(?:not)?(?:match|like|contains|in)|[ic]?(?:eq|ne))\s+(?:\[regex\]::escape\s*\()?"
    rb"(?:(?:'[^'\n]*'|\"[^\"\n]*\")\s*,\s*)*)|\.(?:contains|indexof|startswith|endswith)\s*\()\s*$"
)
_REFLECTION = re.compile(rb"(?i)\.get(?:types|fields|methods|type|field)\s*\(|\bassembly\b")
# A list or hashtable of constant strings once its strings are blanked: `@(`, `)`, commas, bare keys and `=`.
# Nested too: `@{ T1003 = @('sekurlsa::', 'lsadump::'); T1490 = 'vssadmin delete shadows' }`.
_CONSTANTS_CAST = re.compile(r"(?i)^\s*\[(?:ordered|[\w.]+\[\])\]")
_BARE_TABLE_KEY = re.compile(r"(?:(?<=[{;\s])|^)[\w.-]+\s*=")
_CONSTANTS_REMAINDER = re.compile(r"^[\s,;=@(){}]*$")
_FOREACH_OVER = re.compile(rb"(?i)\bforeach\s*\(\s*\$(\w+)\s+in\s*$")
_TABLE_PARTS = re.compile(rb"(?i)\.(?:keys|values|getenumerator\s*\(\s*\))")
_COUNT_AFTER = re.compile(rb"(?i)\.(?:count|length)\b")
_MESSAGE = re.compile(rb"(?i)\b(?:write-\w+|out-\w+|echo)\b[^|;]*$")
_BARE_KEY = re.compile(rb"[\w.-]*[ \t]*=[^=]")
_BARE_KEY_BEFORE = re.compile(rb"(?:^|[;{])[ \t]*[\w.-]*$")
_STATEMENT_START = re.compile(rb"(?:^|[{;])[ \t]*$")
_STATEMENT_END = re.compile(rb"[ \t]*(?:[};\r\n]|$)")
# Report and detection-rule fields: `@{ Finding = 'Possible Mimikatz usage' }`, `Title = 'vssadmin delete shadows'`.
_DESCRIPTIVE_KEY = re.compile(
    rb"(?i)(?:^|[;{(\s])['\"]?(?:name|title|description|desc|finding|message|summary|reason|details?|comment|note"
    rb"|category|technique|tactic|rule|rulename|indicator|ioc|pattern|query|signature|detection|threat|alert|label"
    rb"|match|matched|keyword|hit|term"
    rb")['\"]?\s*=\s*$"
)
# Commands that only find, check or remove what they name.
_INSPECTING_COMMANDS = frozenset({
    "get-process", "stop-process", "wait-process", "test-path", "get-item", "get-childitem",
    "get-filehash", "get-authenticodesignature", "get-mpthreat", "get-mpthreatdetection", "select-string",
})
_TEST_TITLE = re.compile(rb"(?i)(?:^|[{;\s])(?:describe|context|it)\s+(?:-name\s+)?$")
# Indicators joined into one pattern: `$iocs -join '|'`, `($iocs | % { [regex]::Escape($_) }) -join '|'`.
_JOINED = re.compile(rb"(?i)-join\s*['\"][^'\"\n]*['\"]\s*$|^\s*\[string\]::join\(")
_ADD_TYPE = re.compile(rb"(?i)\badd-type\b")
# Where a script's text is run later: a profile, a script or batch file, a task, a Run key, another process.
_RUNS_TEXT = re.compile(
    rb"(?i)\$profile\b|\.(?:ps1|psm1|bat|cmd|vbs|js|hta)\b|scheduledtask|\bschtasks\b|currentversion\\run"
    rb"|\bstart-process\b|-argumentlist\b|\b(?:powershell|pwsh|cmd)(?:\.exe)?\b|\binvoke-command\b|\bstart-job\b"
)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Holder:
    """A value's span and the variable that holds it (an assignment's value or a parameter's default)."""

    start: int
    end: int
    variable: str


def lines_only_as_data(tree: ScriptTree, pattern: re.Pattern[bytes], lines: Iterable[int], *,
                       cleanup: bool = False) -> set[int]:
    """Those of `lines` where every match of `pattern` (outside comments) lies inside a string that is only
    indicator data or in an argument of a command that only inspects what it names (with `cleanup`, also of
    Remove-Item: deleting a tool's file is a defender's cleanup, while deleting event logs is the attack)."""
    strings = string_index(tree)
    data_lines: set[int] = set()
    for line in set(lines):
        data = used = False
        for match in pattern.finditer(tree.source, *tree.line_span(line)):
            offset = match.start()
            if tree.in_comment(offset):
                continue
            if in_data_string(tree, offset, match.end()) or _inspected(tree, offset, match.end(), cleanup):
                data = True
            elif strings.innermost(offset) is not None or not _BARE_KEY.match(tree.source, match.end()) or (
                    _BARE_KEY_BEFORE.search(_line_before(tree, offset)) is None):
                used = True  # a bare hashtable key (`Mimikatz = 'sekurlsa::'`) is a label, judged by its value
                break
        if data and not used:
            data_lines.add(line)
    return data_lines


def in_data_string(tree: ScriptTree, start: int, end: int) -> bool:
    """Whether source[start:end] lies inside a string that is only indicator data."""
    holder = string_index(tree).innermost(start)
    if holder is None or end > holder.end:
        return False
    verdicts: dict[int, bool] = tree.cached("indicator-data:verdicts", dict)
    if holder.start not in verdicts:
        verdicts[holder.start] = _is_data(tree, holder)
    return verdicts[holder.start]


def without_data_lines(
    tree: ScriptTree, findings: Iterable[Finding], pattern: re.Pattern[bytes], *, cleanup: bool = False
) -> Iterator[Finding]:
    """`findings` of a text search for `pattern`, less those on lines where it only matches indicator data."""
    found = list(findings)
    data = lines_only_as_data(tree, pattern, (finding.line for finding in found), cleanup=cleanup) if found else set()
    yield from (finding for finding in found if finding.line not in data)


def _is_data(tree: ScriptTree, string: StringLiteral) -> bool:
    if string.expandable and b"$(" in tree.source[string.start:string.end]:
        return False  # `"$(Invoke-Mimikatz)"` runs what it names
    if string.here:
        return _never_run(tree, string)
    return (_in_search_position(tree, string.start) or string.start in _switch_conditions(tree)
            or _is_output(tree, string.start, string.end) or _descriptive(tree, string.start)
            or _in_test_case(tree, string) or _in_searched_constants(tree, string))


def _descriptive(tree: ScriptTree, offset: int) -> bool:
    """The value of a report or detection-rule field (`Finding = '…'`, `Query = $queries[$name]`)."""
    return bool(_DESCRIPTIVE_KEY.search(_line_before(tree, offset)))


def _in_test_case(tree: ScriptTree, string: StringLiteral) -> bool:
    """Sample input or a title in a Pester test (`It 'flags Mimikatz' { Find-Indicator -CommandLine '…' |
    Should -BeTrue }`, `Describe 'AMSI tampering'`): a detection's test data, never run by the test itself."""
    if _TEST_TITLE.search(_line_before(tree, string.start)):
        return True
    cases = tree.cached("indicator-data:test-cases", lambda: IntervalIndex(tree.commands_named("It")))
    return cases.innermost(string.start) is not None and reaches_execution(tree, string.start, string.end) is None


def _inspected(tree: ScriptTree, offset: int, end: int, cleanup: bool) -> bool:
    """The text is an argument of a command that only finds, checks or removes what it names (`Get-Process -Name
    mimikatz | Stop-Process`, `Test-Path C:\\Temp\\mimikatz.exe`): a defender's sweep, not the tool run."""
    command = tree.command_at(offset)
    return (command is not None and offset >= command.start + len(command.name) and end <= command.end
            and (command.resolved_lower in _INSPECTING_COMMANDS or cleanup and command.resolved_lower == "remove-item"))


def _is_output(tree: ScriptTree, start: int, end: int) -> bool:
    """A value that is a statement on its own (`'sekurlsa::' { 'mimikatz seen' }`): written to the output, not run —
    outside functions, whose output a caller may run (`function Get-Stage { 'vssadmin delete shadows …' }`)."""
    # Only the definitions' spans matter: taken from the nodes, not from `tree.functions()`, whose parameters and
    # help would be built for this alone on a folded tree.
    functions = tree.cached("indicator-data:functions", lambda: IntervalIndex(
        [_Span(node.start_byte, node.end_byte) for node in tree.nodes("function")]))
    return (bool(_STATEMENT_START.search(_line_before(tree, start))) and bool(_STATEMENT_END.match(tree.source, end))
            and functions.innermost(start) is None)


def _line_before(tree: ScriptTree, offset: int) -> bytes:
    return tree.source[tree.source.rfind(b"\n", 0, offset) + 1 : offset]


def _line_text(tree: ScriptTree, offset: int) -> bytes:
    source = tree.source
    end = source.find(b"\n", offset)
    return source[source.rfind(b"\n", 0, offset) + 1 : end if end >= 0 else len(source)]


def _in_search_position(tree: ScriptTree, offset: int) -> bool:
    return bool(_PATTERN_BEFORE.search(_line_before(tree, offset))) and not _REFLECTION.search(_line_text(tree, offset))


def _switch_conditions(tree: ScriptTree) -> frozenset[int]:
    """Start offsets of `switch` clause conditions: values the input is compared with, never run."""
    def build() -> frozenset[int]:
        return frozenset(child.start_byte for clause in tree.nodes("switch_clause")
                         for child in clause.named_children if child.type == "switch_clause_condition")
    return tree.cached("indicator-data:switch-conditions", build)


def _never_run(tree: ScriptTree, string: StringLiteral) -> bool:
    """A here-string no sink executes, no Add-Type compiles and nothing writes where it is run later (directly or
    through the variable holding it)."""
    if reaches_execution(tree, string.start, string.end) is not None:
        return False
    statements = [_line_text(tree, string.start)]
    holder = _holders(tree).innermost(string.start)
    if holder is not None:
        statements += [_line_text(tree, read) for read in _reads_of(tree, holder.variable, holder.end)]
    return not any(_ADD_TYPE.search(text) or _RUNS_TEXT.search(text) for text in statements)


def _holders(tree: ScriptTree) -> IntervalIndex[_Holder]:
    def build() -> IntervalIndex[_Holder]:
        holders = [_Holder(a.value_start, a.value_end, a.variable) for a in tree.assignments() if a.variable]
        source = tree.source
        for name, end, default in parameter_defaults(tree):
            start = source.find(default.encode("utf-8"), end)
            if start >= 0:
                holders.append(_Holder(start, start + len(default.encode("utf-8")), name.lower()))
        return IntervalIndex(holders)
    return tree.cached("indicator-data:holders", build)


def _reads_of(tree: ScriptTree, name: str, after: int = 0) -> list[int]:
    """Start offsets of the reads of `$name` after `after` (grouped by name once per tree)."""
    def build() -> dict[str, list[int]]:
        by_name: dict[str, list[int]] = {}
        for start, read in zip(*tree.variable_reads()):
            by_name.setdefault(read, []).append(start)
        return by_name
    starts = tree.cached("indicator-data:reads", build).get(name, [])
    return starts[bisect_left(starts, after):]


def _in_searched_constants(tree: ScriptTree, string: StringLiteral) -> bool:
    """A string of `$iocs = 'mimikatz'`, `@('mimikatz', 'sekurlsa', …)` or `@{ Mimikatz = 'sekurlsa::' }` where
    `$iocs` is only searched with."""
    holder = _holders(tree).innermost(string.start)
    if holder is None:
        return False
    verdicts: dict[int, bool] = tree.cached("indicator-data:holder-verdicts", dict)
    if holder.start not in verdicts:
        verdicts[holder.start] = _holds_searched_constants(tree, holder)
    return verdicts[holder.start]


def _holds_searched_constants(tree: ScriptTree, holder: _Holder) -> bool:
    strings = tree.strings()
    starts = tree.cached("indicator-data:string-starts", lambda: [s.start for s in strings])
    members = strings[bisect_left(starts, holder.start):bisect_left(starts, holder.end)]
    if any(s.expandable and "$" in s.text for s in members):
        return False
    remainder = bytearray(tree.source[holder.start:holder.end])
    for member in members:
        remainder[member.start - holder.start:member.end - holder.start] = b" " * (member.end - member.start)
    text = remainder.decode("utf-8", "replace")
    if not _CONSTANTS_REMAINDER.match(_BARE_TABLE_KEY.sub("=", _CONSTANTS_CAST.sub("", text))):
        return False
    return _only_searched(tree, holder.variable, holder.end)


def _only_searched(tree: ScriptTree, name: str, after: int, depth: int = 2) -> bool:
    """Every read of `$name` after `after` is a search pattern, a report or query field, a count, the source of a
    loop over indicators, or joined into a pattern that is only searched with (`$regex = $iocs -join '|'`)."""
    reads = _reads_of(tree, name, after)
    for read in reads:
        end = read + 1 + len(name)
        if _in_search_position(tree, read) or _COUNT_AFTER.match(tree.source, end) or _descriptive(tree, read):
            continue
        joined = _holders(tree).innermost(read)
        if joined is not None and depth > 0 and _JOINED.search(tree.source[joined.start:joined.end]) and (
                _only_searched(tree, joined.variable, joined.end, depth - 1)):
            continue
        loop = _FOREACH_OVER.search(_line_before(tree, read))
        parts = _TABLE_PARTS.match(tree.source, end)
        if loop is not None and (parts is not None or tree.source[end:end + 1] in (b")", b" ")) and (
                _loop_only_searches(tree, loop.group(1).decode().lower(), name, read)):
            continue
        return False
    return bool(reads)


def _loop_only_searches(tree: ScriptTree, name: str, table: str, after: int) -> bool:
    """A loop variable over indicators: only searched with, an index into the table, a report field or a message
    (not one written where it runs: `Out-File -FilePath $PROFILE -InputObject $command`)."""
    reads = _reads_of(tree, name, after)
    index = re.compile(rb"(?i)\$" + re.escape(table.encode()) + rb"\[\s*$")
    return bool(reads) and all(
        _in_search_position(tree, read) or _descriptive(tree, read) or index.search(before)
        or (_MESSAGE.search(before) and not _RUNS_TEXT.search(_line_text(tree, read)))
        or _is_output(tree, read, read + 1 + len(name))
        for read in reads if (before := _line_before(tree, read)) is not None)
