"""Best-practice rules named after their PSScriptAnalyzer counterparts.

`PSUseCmdletBinding` has no exact PSScriptAnalyzer twin: it asks Verb-Noun functions that take
parameters to declare `[CmdletBinding()]`, which gives them -Verbose, -ErrorAction and friends.
PSScriptAnalyzer would not report it, so it is opt-in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.commands import ArgKind, Command
from psscript_graphql.analyzer.corrections import alias_corrections, trailing_whitespace_corrections
from psscript_graphql.analyzer.elements import build_comparison, build_loop
from psscript_graphql.analyzer.invocations import configuration_bodies
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import FunctionDef, Span
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import exported_functions
from psscript_graphql.analyzer.rules.registry import opt_in
from psscript_graphql.analyzer.rules.unused_parameters import script_block_param_blocks
from psscript_graphql.analyzer.script_blocks import script_blocks

BEST_PRACTICE = Category.BEST_PRACTICE
STATE_CHANGING_VERBS = frozenset({"new", "set", "remove", "start", "stop", "restart", "reset", "update"})
# Automatic variables PowerShell owns; the read-only ones cannot be assigned at all.
READ_ONLY_AUTOMATIC = frozenset(
    {"true", "false", "host", "pid", "pshome", "shellid", "psculture", "psuiculture", "psedition", "psversiontable",
     "executioncontext", "iscoreclr", "islinux", "ismacos", "iswindows", "error", "home"}
)
AUTOMATIC_VARIABLES = READ_ONLY_AUTOMATIC | frozenset(
    {"_", "psitem", "args", "input", "this", "error", "home", "myinvocation", "pscmdlet", "psscriptroot",
     "pscommandpath", "matches", "stacktrace", "sender", "eventargs", "event", "eventsubscriber",
     "psboundparameters", "psdebugcontext", "nestedpromptlevel", "pssenderinfo", "consolefilename", "lastexitcode"}
)
# The automatic variables PSScriptAnalyzer's AvoidAssignmentToAutomaticVariable checks: read-only ones (above,
# with $Error and $Home) and those PowerShell lets a script overwrite, with surprising results.
WRITABLE_AUTOMATIC = frozenset(
    {"_", "allnodes", "args", "consolefilename", "event", "eventargs", "eventsubscriber", "foreach", "input", "matches",
     "myinvocation", "nestedpromptlevel", "profile", "psboundparameters", "pscmdlet", "pscommandpath", "psdebugcontext",
     "psitem", "psscriptroot", "pssenderinfo", "pwd", "reporterrorshowexceptionclass", "reporterrorshowinnerexception",
     "reporterrorshowsource", "reporterrorshowstacktrace", "sender", "stacktrace", "this"}
)
ASSIGNMENT_CHECKED_AUTOMATIC = READ_ONLY_AUTOMATIC | WRITABLE_AUTOMATIC
# Variables PSScriptAnalyzer never calls assigned-but-unused (its SpecialVars.InitializedVariables): assigning them
# configures the session (`$OutputEncoding = …`, `$PSEmailServer = …`) or PowerShell sets them itself.
SESSION_VARIABLES = frozenset(
    {"foreach", "switch", "?", "_", "args", "this", "input", "pscmdlet", "psboundparameters", "myinvocation",
     "psscriptroot", "pscommandpath", "executioncontext", "matches", "psversiontable", "ofs", "formatenumerationlimit",
     "debugpreference", "verbosepreference", "erroractionpreference", "whatifpreference", "warningpreference",
     "confirmpreference", "progresspreference", "informationpreference", "errorview",
     "psnativecommanduseerroractionpreference", "host", "historysize", "outputencoding", "nestedpromptlevel",
     "stacktrace", "firsttoken", "lasttoken", "psitem", "error", "eventerror", "pathext", "psemailserver",
     "psdefaultparametervalues", "psmoduleautoloadingpreference", "psnativecommandargumentpassing", "pwd", "null",
     "true", "false", "lastexitcode"}
)
# Assigned for their side effect on the session, never "unused".
PREFERENCE_VARIABLES = frozenset(
    {"erroractionpreference", "verbosepreference", "debugpreference", "warningpreference", "informationpreference",
     "progresspreference", "confirmpreference", "whatifpreference", "psdefaultparametervalues", "ofs",
     "psmoduleautoloadingpreference", "maximumhistorycount", "pssessionconfigurationname", "formatenumerationlimit",
     "psnativecommanduseerroractionpreference", "null", "_", "psitem", "this", "lastexitcode"}
)
# PSScriptAnalyzer's SpecialVars.InitializedVariables, which its AvoidGlobalVars skips (`$global:ErrorActionPreference`
# is a setting); any other `$global:` variable is reported, `$global:ErrorView` and `$global:PID` included.
PSSA_INITIALIZED_VARIABLES = frozenset(
    {"foreach", "switch", "?", "_", "args", "this", "input", "pscmdlet", "psboundparameters", "myinvocation",
     "psscriptroot", "pscommandpath", "executioncontext", "matches", "psversiontable", "ofs", "debugpreference",
     "verbosepreference", "erroractionpreference", "whatifpreference", "warningpreference", "confirmpreference",
     "progresspreference", "informationpreference", "host", "maximumhistorycount", "outputencoding",
     "nestedpromptlevel", "stacktrace", "^", "$", "psitem", "error", "psemailserver", "psdefaultparametervalues",
     "psmoduleautoloadingpreference", "pwd", "null", "true", "false", "lastexitcode"}
)
_PLURAL_EXCEPTIONS = ("data", "windows", "status", "news", "series", "species", "alias", "analysis",
                      "process", "access", "address", "class", "bus", "virus", "ss", "us", "is", "os", "ics")


def avoid_using_cmdlet_aliases(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingCmdletAliases: aliases are unreadable to newcomers and can mean something else elsewhere."""
    defined = {function.name.lower() for function in tree.functions()}
    calls: list[Command] = []
    messages: list[str] = []
    targets: list[str] = []
    known: dict[str, str] = {}  # message per distinct name: a script can call `%` on every line
    for call in tree.commands():
        target = call.alias_of
        if not target or call.name_lower in defined or call.invocation_operator:
            continue
        message = known.get(call.name)
        if message is None:
            note = ""
            if call.name_lower in aliases.WINDOWS_POWERSHELL_ONLY_ALIASES:
                note = " It does not exist in PowerShell 7."
            elif call.name_lower in aliases.NATIVE_ON_UNIX_ALIASES:
                note = " On Linux and macOS it runs the native program instead."
            message = known[call.name] = f"'{call.name}' is an alias of '{target}'.{note}"
        calls.append(call)
        messages.append(message)
        targets.append(target)
    yield from _alias_findings(tree, calls, messages, targets)
    yield from _implicit_get_aliases(tree, defined)


def _alias_findings(tree: ScriptTree, calls: list[Command], messages: list[str], targets: list[str]) -> list[Finding]:
    """The findings at aliased calls, with their corrections (the cmdlet's name). A script can have as many of
    these as lines, so positions, extracts and corrections are each worked out in one pass over the calls."""
    positions, extracts = tree.places(calls)
    corrections = alias_corrections(tree, calls, positions)
    hints = {target: f"Use the full cmdlet name {target}." for target in dict.fromkeys(targets)}  # once per cmdlet
    return [Finding("PSAvoidUsingCmdletAliases", Severity.WARNING, message, line, column, hints[target], BEST_PRACTICE,
                    extract, "", "", correction)
            for message, target, (line, column), extract, correction
            in zip(messages, targets, positions, extracts, corrections)]


def _implicit_get_aliases(tree: ScriptTree, defined: set[str]) -> list[Finding]:
    """A bare noun that PowerShell runs as its Get- cmdlet (`service` → Get-Service), as PSScriptAnalyzer reports
    it. Not inside a DSC configuration, where `Service Spooler { … }` is a resource, nor `Name = value` lines."""
    calls = [call for call in tree.commands() if call.name_lower in aliases.IMPLICIT_GET
             and not call.invocation_operator and call.name_lower not in defined]
    if not calls:
        return []
    configurations = configuration_bodies(tree, tree.commands())
    calls = [call for call in calls if not any(start <= call.start < end for start, end in configurations)
             and not call.arguments_text.startswith("=")]
    targets = [aliases.IMPLICIT_GET[call.name_lower] for call in calls]
    messages = [f"'{call.name}' is an implicit alias of '{target}' (PowerShell adds the Get- prefix)."
                for call, target in zip(calls, targets)]
    return _alias_findings(tree, calls, messages, targets)


_CONSOLE_TYPES = frozenset({"[console]", "[system.console]"})


def avoid_using_write_host(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingWriteHost: Write-Host and [Console]::Write output cannot be captured, redirected or suppressed."""
    hint = "Use Write-Output for data, Write-Verbose/Write-Information for messages."
    hosts: list[tuple[Span, str]] = [(call, "Write-Host writes to the console only.")
                                      for call in tree.commands_named("Write-Host")]
    if tree.mentions(b"console]::write"):
        hosts += [(m, f"[Console]::{m.name} writes to the console only.") for m in tree.member_invocations()
                  if m.static and m.name.lower() in ("write", "writeline")
                  and m.target.replace(" ", "").lower() in _CONSOLE_TYPES]
    # PSSA skips the whole body of a function whose name as written starts with "show" (nested
    # functions included); `global:Show-Banner` is named with its scope, so it is not skipped.
    shows = [function for function in tree.functions() if function.name.lower().startswith("show")] if hosts else []
    for where, message in sorted(hosts, key=lambda pair: pair[0].start):
        if any(show.start <= where.start < show.end for show in shows):
            continue
        yield Finding.at(where, rule="PSAvoidUsingWriteHost", severity=Severity.WARNING, message=message, hint=hint,
                         category=BEST_PRACTICE)


def use_approved_verbs(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseApprovedVerbs: unapproved verbs make commands hard to discover and warn on Import-Module."""
    for function in tree.functions():
        if function.verb and not aliases.is_approved_verb(function.verb):
            yield Finding.at(function, rule="PSUseApprovedVerbs", severity=Severity.WARNING,
                             message=f"'{function.verb}' in {function.name} is not an approved verb.",
                             hint="Pick a verb from Get-Verb.", category=BEST_PRACTICE)


def avoid_using_empty_catch_block(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingEmptyCatchBlock: a silent catch hides failures the caller needs to know about."""
    for clause in tree.catch_clauses():
        if clause.is_empty:
            yield Finding.at(clause, rule="PSAvoidUsingEmptyCatchBlock", severity=Severity.WARNING,
                             message="The catch block is empty.",
                             hint="Log or rethrow the error, or use -ErrorAction SilentlyContinue deliberately.",
                             category=BEST_PRACTICE)


def avoid_global_vars(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidGlobalVars: global variables leak state between scripts and sessions."""
    seen: set[tuple[int, str]] = set()
    for variable in tree.variables_mentioning(b"global:"):
        # PowerShell's own variables ($global:ErrorActionPreference) are settings, not the script's state.
        if variable.scope != "global" or variable.name in PSSA_INITIALIZED_VARIABLES:
            continue
        span = Span(**tree.span(variable.start, variable.end))
        if (span.line, variable.name) in seen:
            continue
        seen.add((span.line, variable.name))
        yield Finding.at(span, rule="PSAvoidGlobalVars", severity=Severity.WARNING,
                         message=f"{tree.text_of_span(span)} is a global variable.",
                         hint="Pass values as parameters or use $script: scope.", category=BEST_PRACTICE)


POSITIONAL_LIMIT = 3


def avoid_using_positional_parameters(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingPositionalParameters: three or more positional arguments make a call hard to read and fragile."""
    source = tree.source
    for call in tree.commands():
        # Like PSScriptAnalyzer, only the first command of a pipeline is judged.
        if "-" not in call.resolved or call.from_tokens or call.pipeline_index > 0:
            continue
        # Every element follows a separator and every parameter starts with " -", so a command
        # with fewer spare separators than POSITIONAL_LIMIT cannot have that many positional
        # arguments (negative numbers passed positionally are the one thing this undercounts).
        start, end = call.start, call.end
        spaces = source.count(b" ", start, end)
        if spaces < POSITIONAL_LIMIT and source.find(b"\t", start, end) < 0:
            continue  # (the usual short call: fewer separators than the limit, no " -" to count)
        if spaces + source.count(b"\t", start, end) - source.count(b" -", start, end) < POSITIONAL_LIMIT:
            continue
        count = call.positional_count(at_least=POSITIONAL_LIMIT)
        if count >= POSITIONAL_LIMIT:
            yield Finding.at(call, rule="PSAvoidUsingPositionalParameters", severity=Severity.INFORMATION,
                             message=f"{call.name} is called with {count} positional arguments.",
                             hint="Name the parameters (-Path …, -Destination …).", category=BEST_PRACTICE)


def use_should_process_for_state_changing_functions(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseShouldProcessForStateChangingFunctions: state-changing commands should support -WhatIf/-Confirm."""
    for function in tree.functions():
        # Workflows cannot support ShouldProcess. DSC's Set-TargetResource is reported, as PSScriptAnalyzer
        # does (resources suppress it with SuppressMessageAttribute).
        if function.keyword == "workflow":
            continue
        if function.verb.lower() in STATE_CHANGING_VERBS and not function.supports_should_process:
            yield Finding.at(function, rule="PSUseShouldProcessForStateChangingFunctions",
                             severity=Severity.WARNING,
                             message=f"{function.name} changes state but does not support -WhatIf/-Confirm.",
                             hint="Add [CmdletBinding(SupportsShouldProcess)] and call $PSCmdlet.ShouldProcess().",
                             category=BEST_PRACTICE)


@opt_in("PSUseCmdletBinding")
def use_cmdlet_binding(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseCmdletBinding: Verb-Noun functions with parameters should be advanced functions."""
    for function in tree.functions():
        advanced = function.cmdlet_binding is not None or any(
            parameter.attribute("Parameter") is not None for parameter in function.parameters
        )
        if function.verb and function.parameters and not advanced:
            yield Finding.at(function, rule="PSUseCmdletBinding", severity=Severity.INFORMATION,
                             message=f"{function.name} takes parameters but is not an advanced function.",
                             hint="Add [CmdletBinding()] above param() to get common parameters.",
                             category=BEST_PRACTICE)


def use_singular_nouns(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseSingularNouns: PowerShell nouns are singular (Get-Process, not Get-Processes)."""
    for function in tree.functions():
        if not function.noun[-1:].islower():
            continue  # as PSScriptAnalyzer: a name not ending in lower case (Flush-DNS) is an initialism, not a plural
        last_word = re.split(r"(?<=[a-z0-9])(?=[A-Z])", function.noun)[-1].lower()
        if last_word.endswith("s") and not last_word.endswith(_PLURAL_EXCEPTIONS) and len(last_word) > 2:
            yield Finding.at(function, rule="PSUseSingularNouns", severity=Severity.WARNING,
                             message=f"The noun of {function.name} is plural.",
                             hint="Use a singular noun; the command can still return many objects.",
                             category=BEST_PRACTICE)


_EQUALITY = frozenset({"-eq", "-ne", "-ceq", "-cne", "-ieq", "-ine"})


_UNTYPED = frozenset({"object", "system.object", "psobject", "system.management.automation.psobject"})


def _searched_by_pssa(tree: ScriptTree, node: Any) -> bool:
    """PSScriptAnalyzer searches the script without nested script blocks, then every function and class method
    with them: a comparison in a `{ … }` at script level (`Where-Object { $_.X -eq $null }`) is never seen."""
    if tree.function_at(node.start_byte) is not None:
        return True  # the interval index answers for functions without walking the tree
    in_script_block, parent = False, node.parent
    while parent is not None:
        if parent.type == "class_method_definition":
            return True
        in_script_block = in_script_block or parent.type == "script_block_expression"
        parent = parent.parent
    return not in_script_block


def _typed_scalar_parameter(tree: ScriptTree, offset: int, variable: str) -> bool:
    """The variable is a parameter of the enclosing function (or script) typed as a scalar: PSScriptAnalyzer's
    variable analysis knows it is not an array, so comparing it with $null is fine."""
    function = tree.function_at(offset)
    parameters = function.parameters if function is not None else tree.script_parameters()
    for parameter in parameters:
        if parameter.name.lower() == variable:
            type_name = (parameter.type_name or "").lower()
            return bool(type_name) and type_name not in _UNTYPED and not type_name.endswith("[]")
    return False


def possible_incorrect_comparison_with_null(tree: ScriptTree) -> Iterator[Finding]:
    """PSPossibleIncorrectComparisonWithNull: `$array -eq $null` filters the array instead of testing it.
    Like PSScriptAnalyzer, not for automatic variables (`$_ -eq $null`), parameters typed as scalars, or
    comparisons in script blocks at script level."""
    if not tree.mentions(b"$null"):
        return
    text_of = tree.text_of
    for node in tree.nodes("comparison"):
        # Every test here only filters, so the cheap ones run first: the operands' text (what build_comparison
        # reads as left and right) and the variable's name, then the Comparison with its operator, then the climb
        # through the node's parents. `$_ -eq $null` in a Where-Object block, the common case, stops at the name.
        children = node.named_children
        if len(children) < 3 or text_of(children[-1]).strip().lower() != "$null":
            continue
        left = text_of(children[0]).strip()
        if left.lower() == "$null":
            continue
        variable = _VARIABLE.fullmatch(left)
        name = variable.group(1).lower() if variable is not None else ""
        if name in AUTOMATIC_VARIABLES or name in PREFERENCE_VARIABLES:
            continue
        comparison = build_comparison(tree, node)
        if comparison is None or comparison.operator not in _EQUALITY or not _searched_by_pssa(tree, node):
            continue
        if variable is not None and _typed_scalar_parameter(tree, comparison.start, name):
            continue
        yield Finding.at(comparison, rule="PSPossibleIncorrectComparisonWithNull", severity=Severity.WARNING,
                         message="$null is on the right side of the comparison.",
                         hint=f"Write $null {comparison.operator} {left}.", category=BEST_PRACTICE)


_VARIABLE = re.compile(r"\$(?:local:|script:)?\{?(\w+)\}?", re.IGNORECASE)


def avoid_default_value_switch_parameter(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidDefaultValueSwitchParameter: a switch that defaults to $true cannot be turned off naturally."""
    for parameter in tree.parameters():
        if parameter.is_switch and (parameter.default or "").strip().lower() in ("$true", "1"):
            yield Finding.at(parameter.declaration, rule="PSAvoidDefaultValueSwitchParameter", severity=Severity.WARNING,
                             message=f"Switch ${parameter.name} defaults to $true.",
                             hint="Invert the switch's meaning so it defaults to off.", category=BEST_PRACTICE)


def provide_comment_help(tree: ScriptTree) -> Iterator[Finding]:
    """PSProvideCommentHelp: Get-Help on an exported function without comment help shows nothing useful.
    Scoped like PSScriptAnalyzer's default (ExportedOnly): see `common.exported_functions`."""
    for function in exported_functions(tree):
        if function.help is None:
            yield Finding.at(function, rule="PSProvideCommentHelp", severity=Severity.INFORMATION,
                             message=f"{function.name} has no comment-based help.",
                             hint="Add <# .SYNOPSIS … .PARAMETER … .EXAMPLE … #> inside the function.",
                             category=BEST_PRACTICE)


def _trailing_whitespace(source: bytes) -> list[int]:
    """Offsets where a run of spaces/tabs ends a line (found with substring scans, not a regex)."""
    offsets: set[int] = set()
    for ending in (b" \n", b"\t\n", b" \r\n", b"\t\r\n"):
        position = source.find(ending)
        while position >= 0:
            start = position
            while start > 0 and source[start - 1] in b" \t":
                start -= 1
            offsets.add(start)
            position = source.find(ending, position + 1)
    stripped = source.rstrip(b" \t")
    if len(stripped) < len(source) and not source.endswith((b"\n", b"\r")):
        offsets.add(len(stripped))
    return sorted(offsets)


def avoid_trailing_whitespace(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidTrailingWhitespace: trailing spaces create noisy diffs (and break backtick continuations). As in
    PSScriptAnalyzer every line of the text counts, here-strings' included. (A script can have a finding on
    every line: positions and corrections are worked out in one pass.)"""
    offsets = _trailing_whitespace(tree.source)
    positions = tree.positions(offsets)
    corrections = trailing_whitespace_corrections(tree, offsets, positions)
    extracts = tree.line_extracts([line for line, _ in positions])
    yield from [Finding("PSAvoidTrailingWhitespace", Severity.WARNING, "The line ends with whitespace.", line, column,
                        "Remove trailing spaces and tabs.", BEST_PRACTICE, extract, "", "", correction)
                for (line, column), correction, extract in zip(positions, corrections, extracts)]


@opt_in("PSAvoidUsingDoubleQuotesForConstantString")
def avoid_using_double_quotes_for_constant_string(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingDoubleQuotesForConstantString: single quotes say "nothing is expanded here"."""
    for literal in tree.strings():
        if literal.expandable and not literal.here and not literal.has_expansion and literal.value and not any(
            character in literal.value for character in "`'$"
        ):
            yield Finding.at(literal, rule="PSAvoidUsingDoubleQuotesForConstantString",
                             severity=Severity.INFORMATION, message=f"{literal.text} expands nothing.",
                             hint="Use single quotes for constant strings.", category=BEST_PRACTICE)


_WRITTEN_NAME = re.compile(r"\$\{?(?:\w+:)?(\w+)")  # the variable's name as written in an assignment's target


def _got_variables(tree: ScriptTree) -> list[tuple[int, str]]:
    """(offset, lower-case name) of the variables `Get-Variable name` / `Get-Variable -Name a, b` reads: the
    simplest spellings, the ones PSScriptAnalyzer's rule counts as uses."""
    got: list[tuple[int, str]] = []
    for call in tree.commands_named("Get-Variable"):
        arguments = call.arguments
        if len(arguments) == 2 and arguments[0].kind is ArgKind.PARAMETER and arguments[0].value.lower()[:1] == "n":
            arguments = arguments[1:]
        if len(arguments) != 1 or arguments[0].kind is ArgKind.PARAMETER:
            continue
        items = arguments[0].items if arguments[0].kind is ArgKind.LIST else arguments[0:1]
        got += [(call.start, item.value.lower()) for item in items if item.kind in (ArgKind.STRING, ArgKind.BAREWORD)]
    return got


_VARIABLE_IN_TEXT = re.compile(rb"\$(?:\{(?:\w+:)?([^}\r\n]+)\}|(?:\w+:)?(\w+))")


def _variables_in_error_regions(tree: ScriptTree) -> set[str]:
    """Lower-case names of the variables written in text the grammar could not parse. PowerShell's recovery
    keeps most of that text as expressions (`foreach ($s $servers)` still reads $servers), so they count as read."""
    names: set[str] = set()
    for region in tree.error_regions():
        if region.kind == "error":
            for match in _VARIABLE_IN_TEXT.finditer(tree.source, region.start, region.end):
                names.add((match.group(1) or match.group(2)).decode("utf-8", "replace").lower())
    return names


_LOCAL_SCOPES = frozenset({"", "local", "private"})


def use_declared_vars_more_than_assignments(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseDeclaredVarsMoreThanAssignments: a variable that is assigned but never read is dead code or a typo.

    Judged per script block as PSScriptAnalyzer judges it: a variable assigned in a block must be read in
    that block or a block nested in it. So a variable set in Pester's BeforeAll and read only in a sibling
    It block, or set in psake's Properties block and read only in Task blocks, is reported — the rule's
    well-known Pester false positive (PSScriptAnalyzer issues #946, #1641), reported as PSScriptAnalyzer does.
    A compound assignment (`$n += 1`) and `Get-Variable n` count as uses."""
    if not tree.assignments():
        return
    blocks = script_blocks(tree)
    extra_uses = sorted([(a.start, a.variable) for a in tree.assignments() if a.variable and a.operator != "="]
                      + _got_variables(tree))
    extra_starts = [start for start, _ in extra_uses]
    reads: dict[int, set[str]] = {}
    reported: set[tuple[int, str]] = set()
    in_broken_text = _variables_in_error_regions(tree)
    whole_script = (0, len(tree.source))
    # Asked for every assignment (190,000 in the densest megabyte): a script without blocks needs no lookup.
    innermost = blocks.innermost if len(blocks) else None
    for assignment in tree.assignments():
        name = assignment.variable
        if (not name or assignment.scope not in _LOCAL_SCOPES or name in SESSION_VARIABLES
                or name in in_broken_text):
            continue
        block = innermost(assignment.start) if innermost is not None else None
        block_start, block_end = (block.start, block.end) if block is not None else whole_script
        read = reads.get(block_start)
        if read is None:
            read = reads[block_start] = tree.names_read(block_start, block_end) | {
                used_name for _, used_name in
                extra_uses[bisect_left(extra_starts, block_start) : bisect_left(extra_starts, block_end)]}
        if name not in read and (block_start, name) not in reported:
            reported.add((block_start, name))
            written = _WRITTEN_NAME.search(assignment.target)
            yield Finding.at(assignment, rule="PSUseDeclaredVarsMoreThanAssignments", severity=Severity.WARNING,
                             message=f"${written.group(1) if written else name} is assigned but never used.",
                             hint="Remove the assignment, or use $null = … to discard output on purpose.",
                             category=BEST_PRACTICE)


def avoid_assignment_to_automatic_variable(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidAssignmentToAutomaticVariable: overwriting $_, $input, $Error… breaks PowerShell's own logic.
    PSScriptAnalyzer's own lists (ASSIGNMENT_CHECKED_AUTOMATIC), not every automatic variable: `$LASTEXITCODE = 0`
    is not reported, and neither is a cast target (`[int]$Args = …`)."""
    for assignment in tree.assignments():
        name = assignment.variable
        if name in ASSIGNMENT_CHECKED_AUTOMATIC and assignment.scope == "" and not assignment.cast:
            read_only = name in READ_ONLY_AUTOMATIC
            yield Finding.at(assignment, rule="PSAvoidAssignmentToAutomaticVariable",
                             severity=Severity.ERROR if read_only else Severity.WARNING,
                             message=f"${name} is an automatic variable" + (" and read-only." if read_only else "."),
                             hint="Use a different variable name.", category=BEST_PRACTICE)
    # Only `foreach (…)` statements assign a loop variable: their loops are built from their own nodes unless
    # tree.loops() is built already (it also reads the arguments of every ForEach-Object call, which can be as
    # many as lines, to find their script blocks).
    loops = tree.loops() if tree.has_cached("loops") else [build_loop(tree, node) for node in tree.nodes("foreach")]
    for loop in loops:
        if loop.kind == "foreach" and loop.variable in ASSIGNMENT_CHECKED_AUTOMATIC:
            read_only = loop.variable in READ_ONLY_AUTOMATIC
            yield Finding.at(loop, rule="PSAvoidAssignmentToAutomaticVariable",
                             severity=Severity.ERROR if read_only else Severity.WARNING,
                             message=f"The foreach loop assigns the automatic variable ${loop.variable}"
                                     + (", which is read-only." if read_only else "."),
                             hint="Use a different loop variable name.", category=BEST_PRACTICE)
    # Every parameter, a script block's `param($Input)` (Pester's -TestCases blocks) too, as PSScriptAnalyzer checks.
    block_parameters = tuple(p for _, parameters, _, _ in script_block_param_blocks(tree) for p in parameters)
    for parameter in tree.parameters() + block_parameters:
        if parameter.name.lower() in ASSIGNMENT_CHECKED_AUTOMATIC:
            read_only = parameter.name.lower() in READ_ONLY_AUTOMATIC
            yield Finding.at(parameter, rule="PSAvoidAssignmentToAutomaticVariable",
                             severity=Severity.ERROR if read_only else Severity.WARNING,
                             message=f"Parameter ${parameter.name} shadows an automatic variable.",
                             hint="Rename the parameter.", category=BEST_PRACTICE)


def possible_incorrect_usage_of_assignment_operator(tree: ScriptTree) -> Iterator[Finding]:
    """PSPossibleIncorrectUsageOfAssignmentOperator: `if ($a = 1)` assigns; `-eq` was probably meant."""
    for condition in tree.conditions():
        # `if ($item = Get-Item x)` assigns and tests on purpose, as PSScriptAnalyzer also accepts; `==` and
        # `$null = …` are always mistakes (a warning), a plain assignment maybe one (information).
        if condition.shape == "assignment" and condition.value_kind != "command":
            yield Finding.at(condition, rule="PSPossibleIncorrectUsageOfAssignmentOperator",
                             severity=Severity.WARNING if condition.value_kind == "typo" else Severity.INFORMATION,
                             message=f"The {condition.keyword} condition assigns with '=' instead of comparing.",
                             hint="Use -eq to compare, or wrap the assignment in extra parentheses.",
                             category=BEST_PRACTICE)


def possible_incorrect_usage_of_redirection_operator(tree: ScriptTree) -> Iterator[Finding]:
    """PSPossibleIncorrectUsageOfRedirectionOperator: `if ($a > $b)` writes a file named after $b."""
    for condition in tree.conditions():
        if condition.shape == "redirection":
            yield Finding.at(condition, rule="PSPossibleIncorrectUsageOfRedirectionOperator",
                             severity=Severity.WARNING,
                             message=f"The {condition.keyword} condition uses '>' which redirects to a file.",
                             hint="Use -gt (or -ge) to compare.", category=BEST_PRACTICE)


RULES = (
    avoid_using_cmdlet_aliases,
    avoid_using_write_host,
    use_approved_verbs,
    avoid_using_empty_catch_block,
    avoid_global_vars,
    avoid_using_positional_parameters,
    use_should_process_for_state_changing_functions,
    use_cmdlet_binding,
    use_singular_nouns,
    possible_incorrect_comparison_with_null,
    avoid_default_value_switch_parameter,
    provide_comment_help,
    avoid_trailing_whitespace,
    avoid_using_double_quotes_for_constant_string,
    use_declared_vars_more_than_assignments,
    avoid_assignment_to_automatic_variable,
    possible_incorrect_usage_of_assignment_operator,
    possible_incorrect_usage_of_redirection_operator,
)
