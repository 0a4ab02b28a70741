"""PSScriptAnalyzer's rules about expressions, commands and the file itself (not declarations, not layout)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from psscript_graphql.analyzer.commands import ArgKind, Command
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.best_practices import AUTOMATIC_VARIABLES, PREFERENCE_VARIABLES
from psscript_graphql.analyzer.rules.common import string_index
from psscript_graphql.analyzer.rules.registry import opt_in

BEST_PRACTICE = Category.BEST_PRACTICE
_BINARY_NODES = frozenset(
    {"additive_expression", "multiplicative_expression", "comparison_expression", "format_expression",
     "bitwise_expression", "logical_expression", "range_expression", "array_literal_expression"}
)


def _has_binary(node: object) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in _BINARY_NODES:  # type: ignore[attr-defined]
            return True
        stack.extend(current.named_children)  # type: ignore[attr-defined]
    return False


def avoid_invoking_empty_members(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidInvokingEmptyMembers: `$x.('a' + 'b')` computes the member name; an empty result calls nothing."""
    source = tree.source
    for capture in ("member_access", "invocation"):
        for node in tree.nodes(capture):
            if source.find(b"(", node.start_byte, node.end_byte) < 0:
                continue  # no parenthesized member name in it (`$_.Name`, the usual access): no children to read
            member = next((child for child in node.named_children if child.type == "member_name"), None)
            inner = member.named_child(0) if member is not None and member.named_child_count else None
            if inner is not None and inner.type == "parenthesized_expression" and _has_binary(inner):
                yield Finding.at(Span(**tree.span_of(node)), rule="PSAvoidInvokingEmptyMembers",
                                 severity=Severity.WARNING,
                                 message=f"The member name {tree.text_of(member)} is computed at run time.",
                                 hint="Name the member directly.", category=BEST_PRACTICE)


_HASHTABLE_TYPES = frozenset({"hashtable", "system.collections.hashtable", "collections.hashtable"})


def _type_argument(call: Command) -> str:
    value = call.value_of("TypeName", prefix=1, position=0)
    return value.value.strip().lower() if value is not None and value.is_constant else ""


def use_literal_initializer_for_hashtable(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseLiteralInitializerForHashtable: `New-Object Hashtable` makes a case-sensitive table; `@{}` does not."""
    hint = "Use @{} (it compares keys case-insensitively)."
    for call in tree.commands_named("New-Object"):
        arguments = call.value_of("ArgumentList", prefix=1, position=1)
        if _type_argument(call) in _HASHTABLE_TYPES and arguments is None:
            yield Finding.at(call, rule="PSUseLiteralInitializerForHashtable", severity=Severity.WARNING,
                             message="New-Object creates a hashtable.", hint=hint, category=BEST_PRACTICE)
    for member in tree.member_invocations():
        target = member.target.replace(" ", "").lower()
        if member.static and member.name.lower() == "new" and target.strip("[]") in _HASHTABLE_TYPES:
            if tree.source[member.end - 2 : member.end] == b"()":
                yield Finding.at(member, rule="PSUseLiteralInitializerForHashtable", severity=Severity.WARNING,
                                 message="[hashtable]::new() creates a hashtable.", hint=hint, category=BEST_PRACTICE)


_MISLEADING_BACKTICK = re.compile(rb"`[ \t]+(?=\r?\n|$)")


def misleading_backtick(tree: ScriptTree) -> Iterator[Finding]:
    """PSMisleadingBacktick: whitespace after a line-ending backtick escapes the space, not the newline."""
    matches = list(tree.search(_MISLEADING_BACKTICK, needles=(b"` ", b"`\t")))
    if not matches:
        return
    strings = string_index(tree)
    for match, offset in matches:
        if strings.contains(offset):
            continue
        line, column = tree.position(offset)
        yield Finding("PSMisleadingBacktick", Severity.WARNING, "The backtick is followed by whitespace, so the "
                      "line does not continue.", line, column, "Remove the whitespace after the backtick.",
                      BEST_PRACTICE, shorten(tree.line_text(line)))


# Commands whose script block runs in another runspace, and the parameters that make it so.
_REMOTE_PARAMETERS = ("VMName", "VMId", "ContainerId", "HostName", "SSHConnection", "Cn")
_NEVER_FLAGGED = AUTOMATIC_VARIABLES | PREFERENCE_VARIABLES | frozenset({"true", "false", "null", "using"})


def _runspace_blocks(tree: ScriptTree) -> Iterator[tuple[Command, int, int, str]]:
    """(command, block start, block end, session): `session` is the variable a block's `Invoke-Command -Session`
    names ("" for other blocks). A -Session that is not a variable is skipped, as PSScriptAnalyzer skips it, and
    so is a job's -InitializationScript (it runs in the job, but PSScriptAnalyzer leaves it alone)."""
    for call in tree.commands_named("Invoke-Command", "Start-Job", "Start-ThreadJob", "ForEach-Object"):
        lowered = call.resolved_lower
        if lowered == "foreach-object" and not call.has_parameter("Parallel", prefix=3):
            continue
        session = ""
        if lowered == "invoke-command" and not (call.has_parameter("ComputerName", prefix=3)
                                                or any(call.has_parameter(p) for p in _REMOTE_PARAMETERS)):
            value = call.value_of("Session")
            if value is None or value.kind is not ArgKind.VARIABLE:
                continue
            session = value.text.lower()
        initialization = call.value_of("InitializationScript", prefix=3) if lowered != "invoke-command" else None
        for argument in call.arguments:
            if argument.kind is ArgKind.SCRIPTBLOCK and argument is not initialization:
                yield call, argument.start, argument.end, session


def use_using_scope_modifier_in_new_runspaces(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseUsingScopeModifierInNewRunspaces: a script block run in another runspace cannot see the caller's
    variables; they must be passed as `$using:name`.

    Read as PSScriptAnalyzer reads a block: variables in source order, every occurrence reported, and the
    scan stops at the first variable the block itself assigns. Narrower than PSScriptAnalyzer on purpose:
    only variables the script defines outside the block (a caller's variable) are reported, and the block's
    own `param(…)` variables (passed with -ArgumentList) never are — PSScriptAnalyzer reports both (its open
    issue #1504), the project's corpora take param() + -ArgumentList for the correct pattern."""
    if not tree.mentions(b"invoke-command", b"icm", b"start-job", b"sajb", b"start-threadjob", b"-parallel", b"-par"):
        return
    blocks = list(_runspace_blocks(tree))
    if not blocks:
        return
    assigned = sorted((a.start, a.variable) for a in tree.assignments() if a.variable)
    assigned_starts = [start for start, _ in assigned]
    loops = sorted((loop.start, loop.variable) for loop in tree.loops() if loop.variable)
    loop_starts = [start for start, _ in loops]
    outside_defined = ({name for _, name in assigned} | {name for _, name in loops}
                       | {p.name.lower() for p in tree.parameters()})
    assigned_in_session: dict[str, set[str]] = {}
    for call, start, end, session in blocks:
        assigned_inside = {name for _, name in assigned[bisect_left(assigned_starts, start):
                                                         bisect_left(assigned_starts, end)]}
        if session:  # what earlier blocks run in the same session assigned is defined there too
            assigned_inside = assigned_in_session.setdefault(session, set()).union(assigned_inside)
            assigned_in_session[session] = assigned_inside
        loops_inside = {name for _, name in loops[bisect_left(loop_starts, start) : bisect_left(loop_starts, end)]}
        parameters = _block_parameters(tree, start, end)
        for variable in tree.variables_between(start, end):
            name = variable.name
            if variable.scope == "using" or name in _NEVER_FLAGGED:
                continue
            if name in assigned_inside:
                break
            if name in parameters or variable.scope or name in loops_inside or name not in outside_defined:
                continue
            yield Finding.at(Span(**tree.span(variable.start, variable.end)),
                             rule="PSUseUsingScopeModifierInNewRunspaces", severity=Severity.WARNING,
                             message=f"${name} is not visible inside the script block {call.name} runs elsewhere.",
                             hint=f"Use $using:{name}, or pass it with -ArgumentList to a param() block.",
                             category=BEST_PRACTICE)


def _block_parameters(tree: ScriptTree, start: int, end: int) -> set[str]:
    """Names declared by the script block's own `param(…)`."""
    match = re.search(rb"(?is)^\{\s*param\s*\((.*?)\)", tree.source[start:end])
    return {name.decode().lower() for name in re.findall(rb"\$(\w+)", match.group(1))} if match else set()


def avoid_using_allow_unencrypted_authentication(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingAllowUnencryptedAuthentication: credentials and tokens sent over plain HTTP can be read."""
    for call in tree.commands_mentioning(b"-allowunencryptedauthentication"):
        if call.has_parameter("AllowUnencryptedAuthentication"):
            yield Finding.at(call, rule="PSAvoidUsingAllowUnencryptedAuthentication", severity=Severity.WARNING,
                             message=f"{call.name} -AllowUnencryptedAuthentication sends credentials unencrypted.",
                             hint="Use an https URL and drop -AllowUnencryptedAuthentication.",
                             category=Category.SECURITY)


def use_bom_for_unicode_encoded_file(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseBOMForUnicodeEncodedFile: without a byte-order mark Windows PowerShell reads non-ASCII text as ANSI."""
    if tree.has_bom or tree.source.isascii():
        return
    line, column = tree.position(next(i for i, byte in enumerate(tree.source) if byte > 0x7F))
    yield Finding("PSUseBOMForUnicodeEncodedFile", Severity.WARNING,
                  "The script has non-ASCII characters but no byte-order mark.", 1, 1,
                  f"Save it as UTF-8 with BOM (first non-ASCII character on line {line}, column {column}).",
                  BEST_PRACTICE, shorten(tree.line_text(1)))


_ARRAY_LIST = re.compile(r"(?i)^\[?(?:system\.)?(?:collections\.)?arraylist\]?$")


@opt_in("PSAvoidUsingArrayList")
def avoid_using_array_list(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingArrayList: ArrayList is deprecated and its Add() writes the index to the output."""
    hint = "Use [System.Collections.Generic.List[object]]."
    for call in tree.commands_named("New-Object"):
        if _ARRAY_LIST.match(_type_argument(call)):
            yield Finding.at(call, rule="PSAvoidUsingArrayList", severity=Severity.WARNING,
                             message="New-Object creates an ArrayList.", hint=hint, category=BEST_PRACTICE)
    for literal in tree.type_literals():
        if _ARRAY_LIST.match(literal.name.replace(" ", "")):
            yield Finding.at(literal, rule="PSAvoidUsingArrayList", severity=Severity.WARNING,
                             message=f"[{literal.name}] is an ArrayList.", hint=hint, category=BEST_PRACTICE)


@opt_in("PSAvoidDynamicallyCreatingVariableNames")
def avoid_dynamically_creating_variable_names(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidDynamicallyCreatingVariableNames: variables named at run time cannot be found by reading the code."""
    for call in tree.commands_named("New-Variable", "Set-Variable"):
        name = call.value_of("Name", prefix=1, position=0)
        if name is not None and not name.is_constant:
            yield Finding.at(call, rule="PSAvoidDynamicallyCreatingVariableNames", severity=Severity.WARNING,
                             message=f"{call.name} creates a variable whose name is computed ({name.text}).",
                             hint="Use a hashtable keyed by the computed name.", category=BEST_PRACTICE)


_EXCLAIM = re.compile(rb"!(?!=)")


@opt_in("PSAvoidExclaimOperator")
def avoid_exclaim_operator(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidExclaimOperator: `!` is easy to miss; `-not` reads clearly."""
    matches = list(tree.search(_EXCLAIM, needles=(b"!",)))
    if not matches:
        return
    strings = string_index(tree)
    for _, offset in matches:
        if strings.contains(offset) or tree.in_comment(offset):
            continue
        line, column = tree.position(offset)
        yield Finding("PSAvoidExclaimOperator", Severity.WARNING, "The ! operator is used for negation.", line, column,
                      "Use -not.", BEST_PRACTICE, shorten(tree.line_text(line)))


_MULTI_DOT = re.compile(r"^(?:\[[^\]]+\]\s*)?\d+(?:\.\d+){2,}$")


@opt_in("PSInvalidMultiDotValue")
def invalid_multi_dot_value(tree: ScriptTree) -> Iterator[Finding]:
    """PSInvalidMultiDotValue: an unquoted `1.2.3` is not a version or an address; it evaluates to $null."""
    for assignment in tree.assignments():
        if assignment.value_end - assignment.value_start < 60 and _MULTI_DOT.match(assignment.value.strip()):
            yield Finding.at(assignment, rule="PSInvalidMultiDotValue", severity=Severity.ERROR,
                             message=f"{assignment.value.strip()} is not a number; the value is $null.",
                             hint="Quote it and cast: [Version]'1.2.3'.", category=BEST_PRACTICE)


@opt_in("PSMissingTryBlock")
def missing_try_block(tree: ScriptTree) -> Iterator[Finding]:
    """PSMissingTryBlock: `catch { }` without a `try` runs a command named catch."""
    for call in tree.commands_named("catch", "finally"):
        if any(argument.kind is ArgKind.SCRIPTBLOCK for argument in call.arguments) or not call.arguments:
            yield Finding.at(call, rule="PSMissingTryBlock", severity=Severity.ERROR,
                             message=f"The {call.name} block has no try block before it.",
                             hint="Add try { … } before it.", category=BEST_PRACTICE)


_CLM_TYPES = frozenset(
    "string int int32 int64 long double decimal bool boolean char byte datetime timespan guid version regex math "
    "array hashtable object psobject pscustomobject scriptblock switch uri ipaddress mailaddress xml void "
    "securestring pscredential convert environment cultureinfo".split()
)


@opt_in("PSUseConstrainedLanguageMode")
def use_constrained_language_mode(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseConstrainedLanguageMode: Add-Type, COM objects, classes and arbitrary .NET calls fail under
    Constrained Language Mode (AppLocker / WDAC locked-down hosts)."""
    hint = "Use cmdlets and the core types allowed in Constrained Language Mode."
    for call in tree.commands_named("Add-Type"):
        yield Finding.at(call, rule="PSUseConstrainedLanguageMode", severity=Severity.WARNING,
                         message="Add-Type is not allowed in Constrained Language Mode.", hint=hint,
                         category=BEST_PRACTICE)
    for call in tree.commands_named("New-Object"):
        if call.has_parameter("ComObject", prefix=3):
            yield Finding.at(call, rule="PSUseConstrainedLanguageMode", severity=Severity.WARNING,
                             message="COM objects are not allowed in Constrained Language Mode.", hint=hint,
                             category=BEST_PRACTICE)
    for member in tree.member_invocations():
        target = member.target.replace(" ", "").lower().strip("[]").removeprefix("system.")
        if member.static and target and target not in _CLM_TYPES:
            yield Finding.at(member, rule="PSUseConstrainedLanguageMode", severity=Severity.WARNING,
                             message=f"[{target}]::{member.name}() calls a type Constrained Language Mode blocks.",
                             hint=hint, category=BEST_PRACTICE)


RULES = (
    avoid_invoking_empty_members,
    use_literal_initializer_for_hashtable,
    misleading_backtick,
    use_using_scope_modifier_in_new_runspaces,
    avoid_using_allow_unencrypted_authentication,
    use_bom_for_unicode_encoded_file,
    avoid_using_array_list,
    avoid_dynamically_creating_variable_names,
    avoid_exclaim_operator,
    invalid_multi_dot_value,
    missing_try_block,
    use_constrained_language_mode,
)
