"""Compatibility rules: which PowerShell edition and version a script needs.

Each finding becomes a compatibility note `{feature, requires, message, line, column, rule}`;
`compatibility_note` maps a rule id to the feature name and the edition it requires.
PowerShell 7 syntax the tree-sitter grammar cannot parse (`?.`, `?[]`) is found by the token
fallback and by a text scan outside strings and comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import Span, VariableRef
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import string_index
from psscript_graphql.analyzer.rules.registry import opt_in

COMPATIBILITY = Category.COMPATIBILITY
PS7 = "PowerShell 7+"
WINDOWS_POWERSHELL = "Windows PowerShell 5.1"

FEATURES: dict[str, tuple[str, str]] = {
    "PSCompatibilityNullCoalescing": ("null-coalescing operators ?? and ??=", PS7),
    "PSCompatibilityNullConditional": ("null-conditional member access ?. and ?[]", PS7),
    "PSCompatibilityTernary": ("ternary operator ? :", PS7),
    "PSCompatibilityPipelineChain": ("pipeline chain operators && and ||", PS7),
    "PSCompatibilityForEachParallel": ("ForEach-Object -Parallel", PS7),
    "PSCompatibilitySkipCertificateCheck": ("-SkipCertificateCheck on web cmdlets", PS7),
    "PSCompatibilityPowerShell7Cmdlet": ("cmdlets added in PowerShell 6/7", PS7),
    "PSCompatibilityPowerShell7Parameter": ("cmdlet parameters added in PowerShell 6/7", PS7),
    "PSCompatibilityPSStyle": ("$PSStyle", PS7),
    "PSCompatibilityCleanBlock": ("clean {} block", PS7),
    "PSCompatibilityPlatformVariables": ("$IsWindows/$IsLinux/$IsMacOS/$IsCoreCLR", PS7),
    "PSCompatibilityWindowsPowerShellCmdlet": ("cmdlets removed in PowerShell 7", WINDOWS_POWERSHELL),
    "PSCompatibilityWindowsPowerShellAlias": ("aliases removed in PowerShell 7", WINDOWS_POWERSHELL),
    "PSCompatibilityWorkflow": ("workflow keyword", WINDOWS_POWERSHELL),
    "PSCompatibilityObsoleteCmdlet": ("obsolete cmdlets", "any (obsolete)"),
    "PSCompatibilityRequires": ("#Requires directive", "as declared"),
    "PSCompatibilityWindowsPowerShellType": (".NET Framework types .NET lacks", WINDOWS_POWERSHELL),
    "PSCompatibilityPowerShell7Type": ("types added in PowerShell 6/7 or .NET Core", PS7),
    "PSUseCompatibleCmdlets": ("commands missing from a target platform", "every target platform"),
    "PSCompatibilityConflict": ("PowerShell 7 features with Windows PowerShell-only commands", "none"),
}

PS7_CMDLETS = {
    "get-error": "7.0", "join-string": "6.2", "test-json": "6.1", "get-uptime": "6.0", "remove-service": "6.0",
    "convertfrom-markdown": "6.1", "show-markdown": "6.1", "get-markdownoption": "6.1", "set-markdownoption": "6.1",
    "remove-alias": "6.0", "start-threadjob": "7.0", "get-experimentalfeature": "6.2",
    "enable-experimentalfeature": "6.2", "disable-experimentalfeature": "6.2", "get-securerandom": "7.4",
    "convertto-clixml": "7.5", "convertfrom-clixml": "7.5",
}
WINDOWS_ONLY_CMDLETS = {
    "get-wmiobject": "Get-CimInstance", "invoke-wmimethod": "Invoke-CimMethod", "set-wmiinstance": "Set-CimInstance",
    "remove-wmiobject": "Remove-CimInstance", "register-wmievent": "Register-CimIndicationEvent",
    "get-eventlog": "Get-WinEvent", "clear-eventlog": "wevtutil cl", "write-eventlog": "New-WinEvent",
    "new-eventlog": "New-WinEvent with a registered provider", "remove-eventlog": "wevtutil",
    "limit-eventlog": "wevtutil sl", "show-eventlog": "eventvwr.exe", "add-pssnapin": "Import-Module",
    "get-pssnapin": "Get-Module", "remove-pssnapin": "Remove-Module", "new-webserviceproxy": "Invoke-RestMethod",
    "export-console": "a profile script", "start-transaction": "", "complete-transaction": "",
    "get-transaction": "", "undo-transaction": "", "use-transaction": "",
    "convertfrom-string": "regex or ConvertFrom-StringData",
    "convert-string": "-replace", "checkpoint-computer": "", "restore-computer": "", "enable-computerrestore": "",
    "add-computer": "", "remove-computer": "",
    "disable-computerrestore": "", "get-computerrestorepoint": "", "get-controlpanelitem": "",
    "show-controlpanelitem": "", "out-printer": "Out-File and a print command",
}
# Parameters of built-in cmdlets that Windows PowerShell 5.1 does not have: name → version added.
_WEB = {"skiphttperrorcheck": "7.0", "responseheadersvariable": "6.0", "authentication": "6.0", "token": "6.0",
        "sslprotocol": "6.0", "maximumretrycount": "6.1", "retryintervalsec": "6.1", "form": "6.1", "resume": "6.1",
        "skipheadervalidation": "6.0", "custommethod": "6.0", "noproxy": "7.0", "httpversion": "7.3",
        "allowunencryptedauthentication": "6.0", "connectiontimeoutseconds": "7.4", "unixsocket": "7.4"}
_SSH = {"hostname": "6.0", "sshtransport": "6.0", "keyfilepath": "6.0", "sshconnection": "6.0"}
PS7_PARAMETERS: dict[str, dict[str, str]] = {
    "invoke-restmethod": {**_WEB, "statuscodevariable": "7.0", "followrellink": "6.0", "maximumfollowrellink": "6.0"},
    "invoke-webrequest": _WEB,
    "convertto-json": {"asarray": "6.2", "enumsasstrings": "6.2", "escapehandling": "6.2"},
    "convertfrom-json": {"noenumerate": "7.0", "depth": "6.2"},
    "get-content": {"asbytestream": "6.0"}, "set-content": {"asbytestream": "6.0"},
    "add-content": {"asbytestream": "6.0"},
    "join-path": {"additionalchildpath": "6.0"}, "split-path": {"leafbase": "6.0", "extension": "6.0"},
    "get-childitem": {"followsymlink": "6.0"},
    "start-sleep": {"duration": "7.3"},
    "test-connection": {"targetname": "6.0", "tcpport": "6.0", "traceroute": "6.0", "mtusize": "6.0",
                        "timeoutseconds": "6.0"},
    "export-csv": {"usequotes": "7.0", "quotefields": "7.0", "includetypeinformation": "6.0"},
    "convertto-csv": {"usequotes": "7.0", "quotefields": "7.0", "includetypeinformation": "6.0"},
    "select-string": {"raw": "7.0", "noemphasis": "7.0"},
    "get-date": {"asutc": "7.1", "unixtimeseconds": "7.1"},
    "sort-object": {"top": "6.1", "bottom": "6.1", "stable": "6.2"},
    "import-module": {"usewindowspowershell": "7.0", "usewinps": "7.0"},
    "invoke-command": _SSH, "new-pssession": _SSH, "enter-pssession": _SSH,
}
# Those parameters' names as bytes, per cmdlet: a call whose text holds none of them is not asked
# for its bound arguments (building them is most of this rule's cost on a large script).
_PS7_PARAMETER_NEEDLES = {cmdlet: tuple(name.encode() for name in added) for cmdlet, added in PS7_PARAMETERS.items()}
# The finer ids that mean what a PSScriptAnalyzer rule means are reported under its id; the finer
# id stays on the finding as `detail` (and picks the feature of the compatibility note).
PSSA_IDS = {
    "PSCompatibilityNullCoalescing": "PSUseCompatibleSyntax",
    "PSCompatibilityNullConditional": "PSUseCompatibleSyntax",
    "PSCompatibilityTernary": "PSUseCompatibleSyntax",
    "PSCompatibilityPipelineChain": "PSUseCompatibleSyntax",
    "PSCompatibilityCleanBlock": "PSUseCompatibleSyntax",
    "PSCompatibilityWorkflow": "PSUseCompatibleSyntax",
    "PSCompatibilityForEachParallel": "PSUseCompatibleCommands",
    "PSCompatibilitySkipCertificateCheck": "PSUseCompatibleCommands",
    "PSCompatibilityPowerShell7Cmdlet": "PSUseCompatibleCommands",
    "PSCompatibilityPowerShell7Parameter": "PSUseCompatibleCommands",
    "PSCompatibilityWindowsPowerShellCmdlet": "PSUseCompatibleCommands",
    "PSCompatibilityWindowsPowerShellAlias": "PSUseCompatibleCommands",
}
# `${x}?.`, and after a call, an index or a member (`M()?.`, `[0]?.`, `.Name?.`); `$x?.` reads the variable `x?`.
_NULL_CONDITIONAL = re.compile(rb"(?:[})\]]|(?<=\w)\.[A-Za-z_]\w*)\?(?:\.|\[)")
_PLATFORM = frozenset({"iswindows", "islinux", "ismacos", "iscoreclr"})
_DIRECTIVE = re.compile(r"(?i)#requires\s+-(\w+)\s*(.*)")


def _declared(directive: str) -> str:
    """What a `#Requires` line demands, in the words of the `requires` field."""
    match = _DIRECTIVE.search(directive)
    flag, argument = (match.group(1).lower(), match.group(2).strip()) if match else ("", "")
    if flag == "version":
        return f"PowerShell {argument}+"
    if flag == "psedition":
        return WINDOWS_POWERSHELL if argument.lower() == "desktop" else PS7
    if flag == "modules":
        return f"modules: {argument}"
    return "administrator rights" if flag == "runasadministrator" else directive


def _note(where: Any, rule: str, message: str, severity: Severity = Severity.INFORMATION) -> Finding:
    requires = FEATURES[rule][1]
    reported, detail = (PSSA_IDS[rule], rule) if rule in PSSA_IDS else (rule, "")
    return Finding.at(where, rule=reported, severity=severity, message=message,
                      hint=f"Requires {requires}." if requires not in ("none", "as declared") else "",
                      category=COMPATIBILITY, detail=detail)


def use_compatible_operators(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseCompatibleSyntax (detail PSCompatibility*): `??`, `??=`, `?.`, `?[]`, ternary and `&&`/`||` are parse
    errors before PowerShell 7."""
    seen: set[tuple[int, str]] = set()
    for node in tree.nodes("null_coalesce"):
        seen.add((node.start_point.row + 1, "PSCompatibilityNullCoalescing"))
        yield _note(Span(**tree.span_of(node)), "PSCompatibilityNullCoalescing",
                    "The ?? operator needs PowerShell 7.0 or later.")
    for assignment in tree.assignments():
        if assignment.operator == "??=":
            yield _note(assignment, "PSCompatibilityNullCoalescing", "The ??= operator needs PowerShell 7.0 or later.")
    for node in tree.nodes("ternary"):
        yield _note(Span(**tree.span_of(node)), "PSCompatibilityTernary",
                    "The ternary operator needs PowerShell 7.0 or later.")
    for node in tree.nodes("chain_tail"):
        seen.add((node.start_point.row + 1, "PSCompatibilityPipelineChain"))
        yield _note(Span(**tree.span_of(node)), "PSCompatibilityPipelineChain",
                    f"The {tree.text_of(node).strip()} pipeline chain operator needs PowerShell 7.0 or later.")
    rules = {"??": "PSCompatibilityNullCoalescing", "??=": "PSCompatibilityNullCoalescing",
             "&&": "PSCompatibilityPipelineChain", "||": "PSCompatibilityPipelineChain"}
    for token in tree.operator_tokens():
        # The token fallback may see an operator the tree already reported on the same line.
        key = (token.line, rules.get(token.operator, ""))
        if token.operator in rules and key not in seen:
            seen.add(key)
            yield _note(token, rules[token.operator], f"The {token.operator} operator needs PowerShell 7.0 or later.")
    matches = list(tree.search(_NULL_CONDITIONAL, needles=(b"?.", b"?[")))
    if matches:
        strings = string_index(tree)
        for match, offset in matches:
            if not strings.contains(offset) or _in_subexpression(tree, strings, offset):
                operator = match.group()[-2:].decode()
                line, column = tree.position(offset)
                yield Finding("PSUseCompatibleSyntax", Severity.INFORMATION,
                              f"The {operator} null-conditional operator needs PowerShell 7.1 or later.", line,
                              column, f"Requires {PS7}.", COMPATIBILITY, shorten(tree.line_text(line)),
                              "PSCompatibilityNullConditional")


def _in_subexpression(tree: ScriptTree, strings: IntervalIndex[Any], offset: int) -> bool:
    """Whether `offset`, inside a string, is code in a `$( )` subexpression of it (`"$(${x}?.Name)"`):
    counted on the text from the string's start, since a node's parent is a walk from the root."""
    literal = strings.innermost(offset)
    if literal is None or b"$(" not in tree.source[literal.start : offset]:
        return False
    opened: list[bool] = []  # per open parenthesis: whether it opened a subexpression
    text = tree.source[literal.start : offset]
    for index, byte in enumerate(text):
        if byte == 0x28:  # (
            opened.append(index > 0 and text[index - 1] == 0x24)  # $(
        elif byte == 0x29 and opened:  # )
            opened.pop()
    return any(opened)


def use_compatible_commands(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseCompatibleCommands (detail PSCompatibility*): commands and parameters that exist only in PowerShell 7
    (or only in Windows PowerShell)."""
    yield from _ps7_commands(tree)
    yield from _windows_commands(tree)


def _defined_functions(tree: ScriptTree) -> frozenset[str]:
    """Lower-case names of the functions the script defines (`function global:Get-Uptime` as get-uptime)."""
    return frozenset(f.name.lower().rsplit(":", 1)[-1] for f in tree.functions() if f.name)


def _ps7_variables(tree: ScriptTree) -> list[VariableRef]:
    """$PSStyle and the platform variables, in source order. Each one's text holds its lower-case name (`$PSStyle`,
    `${IsLinux}`, `$global:IsMacOS`), so they are found from the names' offsets: a large script costs no
    VariableRef per variable."""
    found = {v.start: v for name in ("psstyle", *_PLATFORM) for v in tree.variables_mentioning(name.encode())}
    return [found[start] for start in sorted(found)]


def _ps7_commands(tree: ScriptTree) -> Iterator[Finding]:
    # A call of a function the script defines itself (`function Get-Uptime { … }` for Windows PowerShell) runs that
    # function in every version: PSSA's own note calls skipping user-defined functions "the right way".
    defined = _defined_functions(tree)
    for call in tree.commands_named(*PS7_CMDLETS):
        if call.resolved_lower in PS7_CMDLETS and call.resolved_lower not in defined:  # not a program (`Get-Foo.exe`)
            yield _note(call, "PSCompatibilityPowerShell7Cmdlet",
                        f"{call.name} was added in PowerShell {PS7_CMDLETS[call.resolved_lower]}.")
    # A parameter is reported where it is written (PSSA: the CommandParameterAst's extent), which is the
    # command's line unless the call is continued over lines.
    # (Each call's text is asked only when the script has a "-par" at all: most calls of ForEach-Object have none.)
    for call in tree.commands_named("ForEach-Object") if tree.mentions(b"-par") else ():
        if call.mentions(b"-par") and (named := call.parameter("Parallel", prefix=3)) is not None:
            yield _note(named.parameter, "PSCompatibilityForEachParallel",
                        "ForEach-Object -Parallel needs PowerShell 7.0 or later.")
    for call in tree.commands_named("ConvertFrom-Json"):
        if (named := call.parameter("AsHashtable", prefix=3)) is not None:
            yield _note(named.parameter, "PSCompatibilityPowerShell7Parameter",
                        "ConvertFrom-Json -AsHashtable needs PowerShell 6.0 or later.")
    named_in_script: dict[str, bool] = {}  # cmdlet → whether any of its PowerShell 7 parameters is written at all
    # Only the cmdlets called (not as a function the script defines) with one of their PowerShell 7 parameters
    # written somewhere in the script: the calls of the others would all be passed over below (a script can call
    # Get-Content on every line). The text is searched for the same cmdlets' parameters as before.
    written = [cmdlet for cmdlet, needles in _PS7_PARAMETER_NEEDLES.items()
               if cmdlet not in defined and tree.mentions(*needles)
               and any(call.resolved_lower == cmdlet for call in tree.commands_named(cmdlet))]
    for call in tree.commands_named(*written) if written else ():
        added = PS7_PARAMETERS.get(call.resolved_lower, {}) if call.resolved_lower not in defined else {}
        if not added:
            continue
        needles = _PS7_PARAMETER_NEEDLES[call.resolved_lower]
        if call.resolved_lower not in named_in_script:
            named_in_script[call.resolved_lower] = tree.mentions(*needles)
        if not named_in_script[call.resolved_lower] or not call.mentions(*needles):
            continue
        lines_noted: set[int] = set()  # one note a line (the scoring unit), naming its first parameter
        for named in (n for n in call.named if n.name.lower() in added):
            if named.parameter.line in lines_noted:
                continue
            lines_noted.add(named.parameter.line)
            yield _note(named.parameter, "PSCompatibilityPowerShell7Parameter",
                        f"{call.resolved} -{named.name} needs PowerShell {added[named.name.lower()]} or later.")
    for call in tree.commands_mentioning(b"-skipcertificatecheck"):
        if (named := call.parameter("SkipCertificateCheck")) is not None:
            yield _note(named.parameter, "PSCompatibilitySkipCertificateCheck",
                        f"{call.name} -SkipCertificateCheck needs PowerShell 6.0 or later.")
    seen_lines: set[tuple[int, str]] = set()
    for variable in _ps7_variables(tree):
        if variable.name == "psstyle" or variable.name in _PLATFORM:
            span = Span(**tree.span(variable.start, variable.end))
            if (span.line, variable.name) in seen_lines:
                continue
            seen_lines.add((span.line, variable.name))
            if variable.name == "psstyle":
                yield _note(span, "PSCompatibilityPSStyle", "$PSStyle needs PowerShell 7.2 or later.")
            else:
                yield _note(span, "PSCompatibilityPlatformVariables",
                            f"{tree.text_of_span(span)} exists from PowerShell 6.0; in Windows PowerShell it is $null.")
    for node in tree.nodes("named_block"):
        if tree.text_of(node).lower().startswith("clean"):
            yield _note(Span(**tree.span_of(node)), "PSCompatibilityCleanBlock",
                        "The clean block needs PowerShell 7.3 or later.")


def _windows_commands(tree: ScriptTree) -> Iterator[Finding]:
    names = (*WINDOWS_ONLY_CMDLETS, *aliases.WINDOWS_POWERSHELL_ONLY_ALIASES, "Send-MailMessage")
    for call in tree.commands_named(*names):
        if call.name_lower in aliases.WINDOWS_POWERSHELL_ONLY_ALIASES and not call.invocation_operator:
            yield _note(call, "PSCompatibilityWindowsPowerShellAlias",
                        f"The alias {call.name} ({aliases.resolve_alias(call.name)}) does not exist in PowerShell 7.")
        elif call.resolved_lower in WINDOWS_ONLY_CMDLETS:
            replacement = WINDOWS_ONLY_CMDLETS[call.resolved_lower]
            yield _note(call, "PSCompatibilityWindowsPowerShellCmdlet",
                        f"{call.resolved} is not available in PowerShell 7"
                        + (f"; use {replacement}." if replacement else "."))
        elif call.resolved_lower == "send-mailmessage":
            yield _note(call, "PSCompatibilityObsoleteCmdlet",
                        "Send-MailMessage is obsolete: it cannot guarantee a secure SMTP connection.")
    for function in tree.functions():
        if function.keyword == "workflow":
            yield _note(function, "PSCompatibilityWorkflow",
                        f"Workflow {function.name} runs only in Windows PowerShell.")


@opt_in("PSCompatibilityRequires")
def declared_requirements(tree: ScriptTree) -> Iterator[Finding]:
    """PSCompatibilityRequires: `#Requires` directives decide where the script may run at all. Off by default:
    a declaration is no problem (PSCompatibilityConflict reports one the script cannot keep)."""
    for span, flag, _ in tree.requires():
        if flag in ("version", "psedition", "runasadministrator", "modules"):
            yield _note(span, "PSCompatibilityRequires", f"The script declares {span.extract}.")


def avoid_edition_conflict(tree: ScriptTree) -> Iterator[Finding]:
    """PSCompatibilityConflict: PowerShell 7 syntax plus Windows PowerShell-only commands runs nowhere, and a
    `#Requires` for an older version promises what the script cannot keep."""
    windows = next((f for f in _windows_commands(tree) if f.rule != "PSCompatibilityObsoleteCmdlet"), None)
    declared_old = [
        (span, argument) for span, flag, argument in tree.requires()
        if (flag == "version" and re.match(r"[1-6](?!\d)", argument))
        or (flag == "psedition" and argument.lower() == "desktop")
    ]
    if windows is None and not declared_old:
        return  # nothing a PowerShell 7 feature could conflict with
    # PowerShell 7 syntax fails to parse in Windows PowerShell whatever branch runs; a PowerShell 7 command in a
    # script that checks its edition (`if ($PSVersionTable.PSVersion.Major -ge 7) { … } else { … }`) runs in both.
    modern = next(iter(use_compatible_operators(tree)), None)
    if modern is None and not _checks_edition(tree):
        modern = next(_ps7_commands(tree), None)
    if modern is None:
        return
    if windows is not None:
        yield Finding.at(windows, rule="PSCompatibilityConflict", severity=Severity.WARNING,
                         message=f"Line {modern.line} needs PowerShell 7 but line {windows.line} needs Windows "
                                 "PowerShell 5.1; no single edition runs the script.",
                         hint="Replace the Windows PowerShell-only command or the PowerShell 7 syntax.",
                         category=COMPATIBILITY)
    for span, _ in declared_old:
        yield Finding.at(span, rule="PSCompatibilityConflict", severity=Severity.WARNING,
                         message=f"The script declares {span.extract} but line {modern.line} needs PowerShell 7.",
                         hint="Declare #Requires -Version 7.0 or remove the PowerShell 7 syntax.",
                         category=COMPATIBILITY)


# A comparison of the running version or edition, or $IsCoreCLR: the script picks its commands per edition.
_EDITION_CHECK = re.compile(
    rb"\$(?:psversiontable\.psversion(?:\.major)?|psversiontable\.psedition|psedition)\s*-[ci]?(?:eq|ne|ge|gt|le|lt)\b"
    rb"|-[ci]?(?:eq|ne|ge|gt|le|lt)\s*\$(?:psversiontable\.psversion(?:\.major)?|psversiontable\.psedition|psedition)\b"
    rb"|\$iscoreclr\b"
)


def _checks_edition(tree: ScriptTree) -> bool:
    return tree.mentions(b"psversiontable", b"psedition", b"iscoreclr") and _EDITION_CHECK.search(tree.lower) is not None


def compatibility_note(finding: Finding) -> dict[str, Any]:
    """The compatibility-notes column entry for a compatibility finding."""
    feature, requires = FEATURES.get(finding.detail or finding.rule, ("", ""))
    if finding.rule == "PSCompatibilityRequires":
        requires = _declared(finding.extract)
    return {"feature": feature, "requires": requires, "message": finding.message, "line": finding.line,
            "column": finding.column, "rule": finding.rule, "detail": finding.detail or finding.rule,
            "severity": finding.severity.value}


RULES = (
    use_compatible_operators,
    use_compatible_commands,
    declared_requirements,
    avoid_edition_conflict,
)
