"""Helpers shared by rule modules: execution sinks, "does this value reach a sink", name patterns.

A *sink* is a place where text becomes code: `Invoke-Expression`, `[scriptblock]::Create`,
`$ExecutionContext.InvokeCommand.InvokeScript`, `& (<expression>)`, or `powershell -Command`.
`reaches_execution` follows a value one step: straight into a sink, down a pipeline into
`Invoke-Expression`, or through one variable assignment that a sink later reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate
from dataclasses import dataclass
from typing import NamedTuple

from psscript_graphql.analyzer.commands import ArgKind, Command, Pipeline
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import Assignment, FunctionDef, StringLiteral
from psscript_graphql.analyzer.parse import ScriptTree

SHELL_PROGRAMS = frozenset({"powershell", "pwsh", "powershell_ise"})
TRUE_TEXT = frozenset({"$true", "true", "1"})

# Parameter/variable names that hold secrets; `PassThru` and `Bypass` must not match.
SECRET_NAME = re.compile(
    r"(?i)^(?:.*(?:password|passwd|passphrase|secret|apikey|api_key|accesskey|access_key|privatekey|private_key"
    r"|clientsecret|authtoken|auth_token|bearertoken|token)|pass|pwd|.*[a-z0-9_]pwd|.*[a-z0-9_](?-i:Pass))$"
)


_SECRET_HINTS = ("pass", "pwd", "secret", "key", "token")


def assigned_values(tree: ScriptTree) -> dict[str, list[str]]:
    """Lower-case variable name → the text of every value the script assigns it, in order (built once per tree)."""
    def build() -> dict[str, list[str]]:
        values: dict[str, list[str]] = {}
        for assignment in tree.assignments():
            if assignment.variable:
                values.setdefault(assignment.variable, []).append(assignment.value)
        return values

    return tree.cached("assigned-values", build)


# Values that stand for a secret without being one (`****`, `...`, `<password>`, `{{token}}`, `{password}`,
# `[REDACTED]`, `xxxx`, `changeme`, `REPLACE_ME`, `TODO`, `none`, `n/a`, `your-api-key`, `PUT_TOKEN_HERE`), and the tokens deployment tools replace with the real
# secret: `__DB_PASSWORD__`, `#{DbPassword}#` (token replacement tasks), `${DB_PASSWORD}`, `$(DbPassword)` (pipeline
# variables), `%DB_PASSWORD%`.
PLACEHOLDER_SECRET = re.compile(
    r"^(?:\**|\.{3}|<[^>]*>|\{\{[^}]*\}\}|\{[A-Za-z_][\w.-]*\}|\[[A-Za-z _-]+\]|x+|change[_-]?me|replace[_-]?me"
    r"|todo|tbd|fixme|placeholder|redacted|none|null|n/a|undefined|not[_-]?set|unset"
    r"|your[_-][\w-]+|[\w-]+[_-]here|__[\w.-]+__|#\{[^}]+\}#?|\$\{[^}]+\}|\$\([\w.]+\)|%[\w.]+%)$",
    re.IGNORECASE)


def is_secret_name(name: str) -> bool:
    lowered = name.lower()
    # The substring test rejects almost every name before the (slower) full pattern runs.
    return any(hint in lowered for hint in _SECRET_HINTS) and bool(SECRET_NAME.match(name))


@dataclass(frozen=True, slots=True)
class Sink:
    """A byte range whose text is executed as PowerShell, and what executes it."""

    start: int
    end: int
    text: str
    what: str


def execution_sinks(tree: ScriptTree) -> list[Sink]:
    """Every place in the script where a string is run as code (cached per tree)."""
    return tree.cached("execution_sinks", lambda: _find_sinks(tree))


def _find_sinks(tree: ScriptTree) -> list[Sink]:
    sinks = []
    for command in tree.commands_named("Invoke-Expression"):
        # `$code | iex` executes what the pipeline feeds it, so the whole pipeline is the sink.
        pipeline = tree.pipeline_of(command) if command.pipeline_index > 0 else None
        where = pipeline if pipeline is not None else command
        sinks.append(Sink(where.start, where.end, tree.text_of_span(where), "Invoke-Expression"))
    for member in tree.member_invocations():
        name = member.name.lower()
        if (name == "create" and "scriptblock" in member.target.lower()) or name in ("invokescript", "newscriptblock"):
            sinks.append(Sink(member.start, member.end, tree.text_of_span(member), f".{member.name}()"))
    for command in tree.commands():
        if command.invocation_operator and command.name.startswith("("):
            sinks.append(Sink(command.start, command.end, command.text, f"{command.invocation_operator} (expression)"))
        elif command.program in SHELL_PROGRAMS and command.parameter("Command", "c", prefix=1) is not None:
            sinks.append(Sink(command.start, command.end, command.text, f"{command.name} -Command"))
    return sinks


def string_index(tree: ScriptTree) -> IntervalIndex[StringLiteral]:
    """The script's string literals as an interval index, built once per tree (half a dozen rules ask)."""
    return tree.cached("string_index", lambda: IntervalIndex(tree.strings()))


def _pipeline_index(tree: ScriptTree) -> IntervalIndex[Pipeline]:
    return tree.cached("pipeline_index", lambda: IntervalIndex(tree.pipelines()))


def _assignment_index(tree: ScriptTree) -> IntervalIndex[_ValueRange]:
    return tree.cached(
        "assignment_values",
        lambda: IntervalIndex([_ValueRange(a.value_start, a.value_end, a) for a in tree.assignments()]),
    )


class _ValueRange(NamedTuple):
    """The byte range of an assignment's value. A named tuple: a 1 MiB script can hold 190,000 assignments, and a
    frozen dataclass's __init__ (one object.__setattr__ per field) costs several times a tuple's."""

    start: int
    end: int
    assignment: Assignment


MAX_VARIABLE_HOPS = 6
# `$name`, `${name}`, `$scope:name`: the variable names a piece of text reads (lower-cased).
_NAME_READ = re.compile(r"\$\{?(?:\w+:)?(\w+)")


@dataclass(frozen=True, slots=True)
class _Readers:
    """Sinks and assignments by the variable names their text reads, each list in its original order.

    Built once per tree, so following a value through variables costs the readers of each
    variable, not a scan of every sink and assignment per value (quadratic on large scripts).
    """

    sinks: IntervalIndex[Sink]
    sinks_reading: dict[str, list[Sink]]
    assignments_reading: dict[str, list[Assignment]]


def _readers(tree: ScriptTree) -> _Readers:
    def build() -> _Readers:
        sinks = execution_sinks(tree)
        sinks_reading: dict[str, list[Sink]] = {}
        for sink in sinks:
            for name in {match.lower() for match in _NAME_READ.findall(sink.text)}:
                sinks_reading.setdefault(name, []).append(sink)
        assignments_reading: dict[str, list[Assignment]] = {}
        source = tree.source
        for assignment in tree.assignments():
            # A value with no `$` reads no variable: known from the bytes, without decoding the value.
            if assignment.variable and source.find(b"$", assignment.value_start, assignment.value_end) >= 0:
                for name in {match.lower() for match in _NAME_READ.findall(assignment.value)}:
                    assignments_reading.setdefault(name, []).append(assignment)
        return _Readers(IntervalIndex(sinks), sinks_reading, assignments_reading)

    return tree.cached("execution_readers", build)


def reaches_execution(tree: ScriptTree, start: int, end: int) -> Sink | None:
    """The sink that runs the value at [start, end): directly, down a pipeline into
    Invoke-Expression, or through up to MAX_VARIABLE_HOPS variable assignments
    (`$b = Decode($a)`, `$c = Text($b)`, `iex $c`); a value a function returns or outputs, through its
    callers (`function Get-Stage { return irm $u }` … `iex (Get-Stage)`, one call deep)."""
    sink = _reaches_execution_in_place(tree, start, end)
    if sink is None:
        for call in _calls_receiving_return(tree, start, end):
            sink = _reaches_execution_in_place(tree, call.start, call.end)
            if sink is not None:
                break
    return sink


_RETURN_BEFORE = re.compile(rb"(?i)\breturn[ \t]*\(?[ \t]*$")
# A statement of its own, whose value is the function's output: only `{`, `;` or the line's start before it
# and only `}`, `;` or a comment after it (parentheses aside).
_OUTPUT_BEFORE = re.compile(rb"(?m)(?:^|[{;])[ \t(]*$")
_OUTPUT_AFTER = re.compile(rb"[ \t)]*(?:\r?$|[};#])", re.MULTILINE)
_RETURN_VARIABLE = re.compile(rb"(?i)\breturn[ \t]+\$(\w+)")


def _returned_variables(tree: ScriptTree) -> dict[str, list[int]]:
    """Lower-case variable name → the offsets of the `return $name` statements (one scan per tree)."""
    def build() -> dict[str, list[int]]:
        returned: dict[str, list[int]] = {}
        # Only the lines holding `return` are searched: the pattern, starting with `\b` and case-insensitive, is
        # otherwise tried at every offset of the script (10 ms on 1 MiB). Comments count, as they did.
        for match, offset in tree.search(_RETURN_VARIABLE, needles=(b"return",), skip_comments=False):
            returned.setdefault(match.group(1).decode("ascii", "replace").lower(), []).append(offset)
        return returned

    return tree.cached("returned-variables", build)


def _calls_receiving_return(tree: ScriptTree, start: int, end: int) -> list[Command]:
    """The calls of the function that returns the value at [start, end) (`return <value>`, `return $v` after
    `$v = <value>`, or the value as a statement of its own: the function's output), outside that function."""
    function = tree.function_at(start)
    if function is None or not function.name:
        return []
    source = tree.source
    line_start = source.rfind(b"\n", 0, start) + 1
    output = (_OUTPUT_BEFORE.search(source, line_start, start) is not None
              and _OUTPUT_AFTER.match(source, end) is not None and function.body_start < start)
    if not output and _RETURN_BEFORE.search(source, line_start, start) is None:
        holder = _assignment_index(tree).innermost(start)
        variable = holder.assignment.variable if holder is not None else None
        if not variable or not any(holder.end <= offset < function.end
                                   for offset in _returned_variables(tree).get(variable.lower(), ())):
            return []
    return [call for call in tree.commands_named(function.unscoped_name)
            if not function.start <= call.start < function.end]


def _reaches_execution_in_place(tree: ScriptTree, start: int, end: int) -> Sink | None:
    readers = _readers(tree)
    containing = [sink for sink in readers.sinks.containing(start)
                  if end <= sink.end and (sink.start, sink.end) != (start, end)]
    if containing:
        order = _sink_order(tree)
        return min(containing, key=lambda sink: order[id(sink)])  # the first in sink order, as before
    for pipeline in _pipeline_index(tree).containing(start):
        after = False
        for element in pipeline.elements:
            if after and isinstance(element, Command) and element.resolved_lower == "invoke-expression":
                return Sink(element.start, element.end, element.text, "Invoke-Expression (pipeline)")
            after = after or element.start <= start < element.end
    holder = _assignment_index(tree).innermost(start)
    if holder is None or not holder.assignment.variable:
        return None
    source, values = tree.source, _assignment_index(tree)
    frontier = [(holder.assignment.variable, holder.end)]
    seen = {holder.assignment.variable}
    for _ in range(MAX_VARIABLE_HOPS):
        following = []
        for variable, after in frontier:
            for sink in readers.sinks_reading.get(variable, ()):
                if sink.start >= after and _read_as_code(sink.text, variable):
                    return sink
            for assignment in readers.assignments_reading.get(variable, ()):
                name = assignment.variable
                if name and name not in seen and assignment.start >= after and _read_as_code(assignment.value, variable):
                    seen.add(name)
                    following.append((name, assignment.value_end))
        frontier = following
    return None


def _sink_order(tree: ScriptTree) -> dict[int, int]:
    """id of each execution sink → its index in `execution_sinks` (once per tree: values inside a sink ask often)."""
    return tree.cached("execution_sink_order",
                       lambda: {id(sink): index for index, sink in enumerate(execution_sinks(tree))})


def _read_as_code(text: str, variable: str) -> bool:
    """Whether `text` reads `$variable` other than as a quoted literal of the code it builds: in
    `"IEX (…).DownloadString('$u')"` the value of `$u` is a string argument of the built command, not code."""
    for match in _NAME_READ.finditer(text):
        if match.group(1).lower() != variable:
            continue
        if not (text[match.start() - 1 : match.start()] == "'" and _QUOTED_REST.match(text, match.end())):
            return True
    return False


# After a variable read that a `'` opened: the rest of that literal up to its closing `'` (`'$u/x.ps1'`).
_QUOTED_REST = re.compile(r"\}?[^'\s;|()]*'")


def value_is_true(command: Command, *names: str) -> bool | None:
    """For `-Switch` / `-Switch:$true` / `-Param $true`: True, False, or None when absent."""
    named = command.parameter(*names)
    if named is None:
        return None
    if named.value is None:
        return True
    return named.value.text.strip().lower() in TRUE_TEXT


def search_findings(
    tree: ScriptTree,
    pattern: re.Pattern[bytes],
    *,
    rule: str,
    severity: Severity,
    message: str,
    hint: str,
    needles: tuple[bytes, ...],
    skip_comments: bool = True,
    category: str = Category.SECURITY,
) -> Iterator[Finding]:
    """One finding per source line where `pattern` matches (comments skipped unless asked).

    `needles` are lower-case literals every match contains; only lines holding one are searched.
    """
    seen_lines: set[int] = set()
    for _, offset in tree.search(pattern, needles=needles, skip_comments=skip_comments):
        line, column = tree.position(offset)
        if line in seen_lines:
            continue
        seen_lines.add(line)
        # The whole line is the most useful extract for a text match.
        yield Finding(rule, severity, message, line, column, hint, category, shorten(tree.line_text(line)))


# Cmdlets that only show text to a person: a tool's name in their message is not the tool being used.
MESSAGE_COMMANDS = ("Write-Warning", "Write-Error", "Write-Host", "Write-Verbose", "Write-Debug",
                    "Write-Information", "Write-Progress")


def lines_only_in_messages(tree: ScriptTree, pattern: re.Pattern[bytes], needles: tuple[bytes, ...]) -> set[int]:
    """Lines where every match of `pattern` is inside a message (`Write-Warning 'MiniDumpWriteDump failed'`)."""
    messages = tree.commands_named(*MESSAGE_COMMANDS)
    if not messages:
        return set()
    # Starts in order and the furthest end so far, once per tree: a match lies in a message exactly when a
    # message starting at or before it ends after it (a large script has thousands of messages).
    starts, reach = tree.cached("message_reach", lambda: _reach(messages))
    told: set[int] = set()
    used: set[int] = set()
    for _, offset in tree.search(pattern, needles=needles):
        line = tree.position(offset)[0]
        index = bisect_right(starts, offset) - 1
        (told if index >= 0 and reach[index] > offset else used).add(line)
    return told - used


def _reach(spans: list[Command]) -> tuple[list[int], list[int]]:
    ordered = sorted(spans, key=lambda span: span.start)
    return [span.start for span in ordered], list(accumulate((span.end for span in ordered), max))


def exported_functions(tree: ScriptTree) -> list[FunctionDef]:
    """Functions named by Export-ModuleMember -Function, exactly as PSScriptAnalyzer's default (ExportedOnly)
    finds them: literal names, case-insensitive; a wildcard (`*-TargetResource`) names no function, and a
    script that exports nothing has no exported functions. Built once per tree (several rules ask)."""
    return tree.cached("exported_functions", lambda: _exported_functions(tree))


def _exported_functions(tree: ScriptTree) -> list[FunctionDef]:
    names: set[str] = set()
    for call in tree.commands_named("Export-ModuleMember"):
        value = call.value_of("Function", prefix=1, position=0)
        if value is not None:
            items = value.items if value.kind is ArgKind.LIST else (value,)
            names |= {item.value.strip("'\"").lower() for item in items}
    return [f for f in tree.functions() if f.name.lower() in names] if names else []
