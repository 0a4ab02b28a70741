"""Performance rules: patterns that are fine on ten items and slow on ten thousand.

PSScriptAnalyzer has no performance family except PSAvoidUsingWMICmdlet, whose id is kept (and
which is on by default, as in PSScriptAnalyzer); the others use its `PS<Name>` style and are off
by default: an analysis without settings reports what PSScriptAnalyzer reports plus the attack
techniques, and these hints run when settings name them (or the deployment's default does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.commands import Command
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import Assignment, Loop
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.registry import opt_in

PERFORMANCE = Category.PERFORMANCE
_ARRAY_KINDS = frozenset({"array", "list"})
_STRING_KINDS = frozenset({"string", "expandable"})


def _additions_in_loops(tree: ScriptTree) -> list[tuple[str, Assignment]]:
    """('array' | 'string', assignment) for each `$x += …` inside a loop body whose type is known."""
    return tree.cached("additions_in_loops", lambda: list(_find_additions(tree)))


def _find_additions(tree: ScriptTree) -> Iterator[tuple[str, Assignment]]:
    additions = [a for a in tree.assignments()
                 if a.operator == "+=" and a.variable and tree.in_loop(a.start)]
    if not additions:
        return
    wanted = {a.variable for a in additions}
    # Value kinds each of those variables is given with plain `=` anywhere in the script.
    kinds: dict[str, set[str]] = {}
    for assignment in tree.assignments():
        if assignment.variable in wanted and assignment.operator == "=":
            kinds.setdefault(assignment.variable, set()).add(assignment.value_kind)
    for assignment in additions:
        known = kinds.get(assignment.variable or "", set())
        if known & _ARRAY_KINDS:
            yield "array", assignment
        elif known & _STRING_KINDS or assignment.value_kind in _STRING_KINDS:
            yield "string", assignment


@opt_in("PSAvoidArrayAdditionInLoop")
def avoid_array_addition_in_loop(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidArrayAdditionInLoop: `$array += $item` copies the whole array every time (quadratic)."""
    for kind, assignment in _additions_in_loops(tree):
        if kind == "array":
            yield Finding.at(assignment, rule="PSAvoidArrayAdditionInLoop", severity=Severity.WARNING,
                             message="Adding to an array with += inside a loop copies the array on every pass.",
                             hint="Assign the loop's output ($result = foreach (…) { … }) or use "
                                  "[System.Collections.Generic.List[object]] and .Add().", category=PERFORMANCE)


@opt_in("PSAvoidStringConcatenationInLoop")
def avoid_string_concatenation_in_loop(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidStringConcatenationInLoop: `$text += "…"` builds a new string on every pass."""
    for kind, assignment in _additions_in_loops(tree):
        if kind == "string":
            yield Finding.at(assignment, rule="PSAvoidStringConcatenationInLoop", severity=Severity.INFORMATION,
                             message="A string grows with += inside a loop.",
                             hint="Collect the parts and -join them once, or use [System.Text.StringBuilder].",
                             category=PERFORMANCE)


_WMI = ("Get-WmiObject", "Invoke-WmiMethod", "Set-WmiInstance", "Remove-WmiObject", "Register-WmiEvent")
_CIM = {
    "get-wmiobject": "Get-CimInstance", "invoke-wmimethod": "Invoke-CimMethod", "set-wmiinstance": "Set-CimInstance",
    "remove-wmiobject": "Remove-CimInstance", "register-wmievent": "Register-CimIndicationEvent",
}


def avoid_using_wmi_cmdlet(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingWMICmdlet: the WMI cmdlets use DCOM, are slower than CIM and are gone in PowerShell 7."""
    for call in tree.commands_named(*_WMI):
        replacement = _CIM.get(call.resolved_lower)
        if replacement is None:  # a program named so, not the cmdlet
            continue
        yield Finding.at(call, rule="PSAvoidUsingWMICmdlet", severity=Severity.WARNING,
                         message=f"{call.name} uses the legacy WMI cmdlets.",
                         hint=f"Use {replacement} (CIM over WS-Man, reusable sessions).",
                         category=Category.BEST_PRACTICE)  # PSScriptAnalyzer's rule: a best practice, not a speed hint


# Provider cmdlets that can filter at the source, and the parameters that do it.
_FILTERS = {
    "get-childitem": ("Filter",),
    "get-aduser": ("Filter", "LDAPFilter", "Identity"),
    "get-adcomputer": ("Filter", "LDAPFilter", "Identity"),
    "get-adgroup": ("Filter", "LDAPFilter", "Identity"),
    "get-adobject": ("Filter", "LDAPFilter", "Identity"),
    "get-ciminstance": ("Filter", "Query"),
    "get-wmiobject": ("Filter", "Query"),
    "get-winevent": ("FilterHashtable", "FilterXPath", "FilterXml"),
}


_NAME_TEST = re.compile(r"(?i)(?:\.|\b)(?:name|basename|extension)\b")


@opt_in("PSFilterLeft")
def filter_left(tree: ScriptTree) -> Iterator[Finding]:
    """PSFilterLeft: fetching everything and discarding most of it in Where-Object wastes I/O and network."""
    for pipeline in tree.pipelines():
        for producer, consumer in zip(pipeline.elements, pipeline.elements[1:], strict=False):
            if not (isinstance(producer, Command) and isinstance(consumer, Command)):
                continue
            parameters = _FILTERS.get(producer.resolved_lower)
            if parameters is None or consumer.resolved_lower != "where-object":
                continue
            if producer.resolved_lower == "get-childitem" and not _NAME_TEST.search(consumer.text):
                continue  # -Filter matches names only: a test on dates or sizes cannot move left
            if producer.resolved_lower == "get-winevent" and (
                    producer.has_parameter("ListLog", prefix=5) or producer.has_parameter("ListProvider", prefix=5)):
                continue  # listing logs or providers: -FilterHashtable filters events, not the list
            used = next((producer.parameter(name) for name in parameters if producer.has_parameter(name)), None)
            wildcard = used is not None and used.value is not None and used.value.value.strip("'\" ") == "*"
            if used is None or wildcard:
                remote = producer.resolved_lower.startswith("get-ad")
                yield Finding.at(producer, rule="PSFilterLeft",
                                 severity=Severity.WARNING if remote else Severity.INFORMATION,
                                 message=f"{producer.name} returns everything and Where-Object filters afterwards.",
                                 hint=f"Filter at the source with -{parameters[0]}.", category=PERFORMANCE)


_RANGE = re.compile(r"^\(?\s*(-?\d+)\s*\.\.\s*(-?\d+|\$[\w:]+|\(.*\))\s*\)?$")
LARGE_RANGE = 1000


@opt_in("PSAvoidForEachObjectOverLargeRange")
def avoid_foreach_object_over_large_range(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidForEachObjectOverLargeRange: piping a big range into ForEach-Object pays pipeline cost per item."""
    for pipeline in tree.pipelines():
        first, second = pipeline.elements[0], pipeline.elements[1]
        if isinstance(first, Command) or not isinstance(second, Command) or second.resolved_lower != "foreach-object":
            continue
        match = _RANGE.match(first.text.strip())
        if match is None or second.has_parameter("Parallel", prefix=3):
            continue
        low, high = match.groups()
        large = not high.lstrip("-").isdigit() or abs(int(high) - int(low)) >= LARGE_RANGE
        if large:
            yield Finding.at(pipeline, rule="PSAvoidForEachObjectOverLargeRange", severity=Severity.INFORMATION,
                             message=f"{first.text.strip()} is piped into ForEach-Object item by item.",
                             hint=f"Use a foreach statement: foreach ($i in {first.text.strip()}) {{ … }}.",
                             category=PERFORMANCE)


@opt_in("PSAvoidOutNullPipeline")
def avoid_out_null(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidOutNullPipeline: `| Out-Null` runs a whole pipeline stage just to discard output. Reported in
    loops, where that cost repeats; once at script level it is idiomatic and costs nothing worth a finding."""
    for pipeline in tree.pipelines():
        last = pipeline.elements[-1]
        if isinstance(last, Command) and last.resolved_lower == "out-null" and tree.in_loop(last.start):
            yield Finding.at(last, rule="PSAvoidOutNullPipeline", severity=Severity.WARNING,
                             message="Output is discarded by piping to Out-Null.",
                             hint="Assign to $null (or cast to [void]) instead.", category=PERFORMANCE)


_READERS = ("Get-Content", "Import-Csv", "Import-Clixml")
_VARIABLE_NAME = re.compile(r"\$\{?(?:\w+:)?(\w+)")


@opt_in("PSAvoidRepeatedGetContentInLoop")
def avoid_repeated_get_content_in_loop(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidRepeatedGetContentInLoop: re-reading the same file on every iteration multiplies disk I/O."""
    for call in tree.commands_named(*_READERS):
        loop = tree.enclosing_loop(call.start)
        if loop is None or _depends_on_loop(tree, call, loop):
            continue
        yield Finding.at(call, rule="PSAvoidRepeatedGetContentInLoop", severity=Severity.WARNING,
                         message=f"{call.name} reads the same file on every loop iteration.",
                         hint="Read the file once before the loop and reuse the variable.", category=PERFORMANCE)


def _depends_on_loop(tree: ScriptTree, call: Command, loop: Loop) -> bool:
    """True when the command's arguments use the loop variable or anything assigned inside the loop."""
    changing = {"_", "psitem"}
    if loop.variable:
        changing.add(loop.variable)
    changing.update(a.variable for a in tree.assignments() if a.variable and loop.start <= a.start < loop.end)
    used = {name.lower() for name in _VARIABLE_NAME.findall(call.arguments_text)}
    return bool(used & changing)


@opt_in("PSRecurseWithoutFilter")
def avoid_recurse_without_filter(tree: ScriptTree) -> Iterator[Finding]:
    """PSRecurseWithoutFilter: a recursive listing without -Filter returns every file for PowerShell to sift.
    Off by default: inventories, hashing and clean-up jobs walk every file on purpose."""
    for call in tree.commands_named("Get-ChildItem"):
        recursive = call.mentions(b"-r") and call.has_parameter("Recurse", prefix=3)
        if recursive and not call.has_parameter("Filter", prefix=2):
            yield Finding.at(call, rule="PSRecurseWithoutFilter", severity=Severity.INFORMATION,
                             message=f"{call.name} -Recurse lists every file without a -Filter.",
                             hint="Add -Filter '*.ext' so the file system does the filtering.", category=PERFORMANCE)


# The performance hints' ids (off by default; PSRecurseWithoutFilter is off for its own reason, see above).
HINT_IDS = ("PSAvoidArrayAdditionInLoop", "PSAvoidStringConcatenationInLoop", "PSFilterLeft",
            "PSAvoidForEachObjectOverLargeRange", "PSAvoidOutNullPipeline", "PSAvoidRepeatedGetContentInLoop")

RULES = (
    avoid_array_addition_in_loop,
    avoid_string_concatenation_in_loop,
    avoid_using_wmi_cmdlet,
    filter_left,
    avoid_foreach_object_over_large_range,
    avoid_out_null,
    avoid_repeated_get_content_in_loop,
    avoid_recurse_without_filter,
)
