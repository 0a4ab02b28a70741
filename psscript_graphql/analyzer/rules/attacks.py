"""Security rules for known attack techniques: encoded commands, policy and AMSI bypasses, Defender and
firewall tampering, persistence, native code injection (downloads: downloads.py; scheduled tasks:
scheduled_tasks.py; WMI subscriptions: wmi_persistence.py; credential dumping: credential_dumping.py, all
listed in RULES here).

These have no PSScriptAnalyzer counterpart; ids follow its `PS<Name>` style.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator

from psscript_graphql.analyzer.commands import ArgKind, Argument, Command
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import (
    PLACEHOLDER_SECRET,
    SHELL_PROGRAMS,
    assigned_values,
    lines_only_in_messages,
    reaches_execution,
    search_findings,
    value_is_true,
)
from psscript_graphql.analyzer.rules.credential_dumping import avoid_credential_dumping
from psscript_graphql.analyzer.rules.indicator_data import without_data_lines
from psscript_graphql.analyzer.rules.scheduled_tasks import avoid_scheduled_task_persistence
from psscript_graphql.analyzer.rules.splatting import splatted_tables
from psscript_graphql.analyzer.rules.wmi_persistence import avoid_wmi_subscription_persistence

SECURITY = Category.SECURITY
_ENCODED_PARAMETER = re.compile(r"(?i)^(?:e|ec|en|enc|enco|encod|encode|encoded|encodedc\w*)$")
# A PowerShell command line with -EncodedCommand before any -File/-Command (what follows those is the script's).
_ENCODED_IN_TEXT = re.compile(
    rb"(?i)\b(?:powershell|pwsh)(?:\.exe)?[\"']?[ \t,]"
    rb"(?:(?![ \t\"',][-/](?:f|fi|fil|file|c|co|com|comm|comma|comman|command)[ \t\"',:])[^\n])*?"
    rb"[ \t\"',][-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc\w*)?[ \t]+[\"']?[A-Za-z0-9+/]{16,}={0,2}"
)


def avoid_encoded_command(tree: ScriptTree) -> Iterator[Finding]:
    """PSEncodedCommand: `-EncodedCommand` hides what a new PowerShell process will run from readers and logs."""
    message = "PowerShell is started with a Base64 -EncodedCommand."
    hint = "Ship the commands as a readable script file and run it with -File."
    lines: set[int] = set()
    for call in tree.commands():
        if call.program in SHELL_PROGRAMS and _encoded_before_script(call):
            lines.add(call.line)
            yield Finding.at(call, rule="PSEncodedCommand", severity=Severity.ERROR, message=message, hint=hint,
                             category=SECURITY)
    for call in tree.commands_named("Start-Process"):
        if call.line not in lines and _starts_encoded_shell(tree, call):
            lines.add(call.line)
            yield Finding.at(call, rule="PSEncodedCommand", severity=Severity.ERROR,
                             message="Start-Process starts PowerShell with -EncodedCommand in its -ArgumentList.",
                             hint=hint, category=SECURITY)
    for entry in _splatted_encoded_shells(tree):
        if entry.line not in lines:
            lines.add(entry.line)
            yield Finding.at(entry, rule="PSEncodedCommand", severity=Severity.ERROR,
                             message="Start-Process is splatted a PowerShell -ArgumentList with -EncodedCommand.",
                             hint=hint, category=SECURITY)
    for call in tree.commands_named("cmd"):
        if call.line not in lines and _encoded_shell_in_words(_words(call.arguments)):
            lines.add(call.line)
            yield Finding.at(call, rule="PSEncodedCommand", severity=Severity.ERROR,
                             message="cmd.exe starts PowerShell with -EncodedCommand.", hint=hint, category=SECURITY)
    in_text = search_findings(tree, _ENCODED_IN_TEXT, rule="PSEncodedCommand", severity=Severity.ERROR,
                              message=message, hint=hint, needles=(b"powershell", b"pwsh"))
    for finding in without_data_lines(tree, in_text, _ENCODED_IN_TEXT):  # a hunt's sample command line
        if finding.line not in lines:
            lines.add(finding.line)
            yield finding
    yield from _encoded_variables_in_text(tree, lines, message, hint)


# In a command-line string the payload may be a variable the script filled with Base64 at run time:
# `$enc = [Convert]::ToBase64String(…)` then `schtasks /tr "powershell.exe -w hidden -enc $enc"`.
_ENCODED_VARIABLE_IN_TEXT = re.compile(
    rb"(?i)\b(?:powershell|pwsh)(?:\.exe)?[\"']?[ \t,][^\n]*?[ \t\"',][-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc\w*)?"
    rb"[ \t]+\$\{?(\w+)"
)


def _encoded_variables_in_text(tree: ScriptTree, lines: set[int], message: str, hint: str) -> Iterator[Finding]:
    """`-enc $enc` in a command-line string, where the script assigns `$enc` from `ToBase64String` (a variable
    of any other origin, an option after -File/-Command, or a line that only shows a message is not one)."""
    if not tree.mentions(b"tobase64string"):
        return
    encoded = {name for name, values in assigned_values(tree).items()
               if any("tobase64string" in value.lower() for value in values)}
    if not encoded:
        return
    told = lines_only_in_messages(tree, _ENCODED_VARIABLE_IN_TEXT, (b"powershell", b"pwsh"))
    for match, offset in tree.search(_ENCODED_VARIABLE_IN_TEXT, needles=(b"powershell", b"pwsh")):
        line, column = tree.position(offset)
        if (line in lines or line in told or match.group(1).decode().lower() not in encoded
                or not _encoded_shell_in_words(_WORD.findall(match.group(0).decode(errors="replace")))):
            continue
        lines.add(line)
        yield Finding("PSEncodedCommand", Severity.ERROR, message, line, column, hint, SECURITY,
                      shorten(tree.line_text(line)))


def _encoded_before_script(call: Command) -> bool:
    """`powershell -NoP -enc …`; a `-e` after `-File x.ps1`/`-Command` is the script's own argument."""
    for argument in call.named:
        name = argument.name.lower()
        if name in _SCRIPT_OPTIONS:
            return False
        if _ENCODED_PARAMETER.match(name):
            return True
    return False


_SCRIPT_OPTIONS = frozenset({"f", "fi", "fil", "file", "c", "co", "com", "comm", "comma", "comman", "command"})


def _starts_encoded_shell(tree: ScriptTree, call: Command) -> bool:
    """`Start-Process powershell -ArgumentList '-NoP -enc …'` (one string, a list of words, or `@(…)`, also in
    a variable the script assigns once: `$a = @('-NoP', '-EncodedCommand', $b)` then `-ArgumentList $a`)."""
    program = call.value_of("FilePath", prefix=1, position=0)
    name = program.value.strip().lower().replace("/", "\\").rsplit("\\", 1)[-1] if program is not None else ""
    if name.removesuffix(".exe") not in SHELL_PROGRAMS:
        return False
    arguments = call.value_of("ArgumentList", "Args", prefix=1, position=1)
    if arguments is None:
        return False
    words = _words((arguments,))
    if arguments.kind is ArgKind.VARIABLE and (value := _assigned_once(tree).get(arguments.text.lstrip("$").strip("{}").lower())):
        words = _WORD.findall(value)
    return _encoded_shell_in_words([name, *words])  # words after -File/-Command are the script's, not PowerShell's


_WORD = re.compile(r"[^\s,'\"()@]+")


def _splatted_encoded_shells(tree: ScriptTree) -> Iterator[Span]:
    """The ArgumentList entries of hashtables splatted into Start-Process that start PowerShell (FilePath) with
    -EncodedCommand, where the finding is reported."""
    for table in splatted_tables(tree, "Start-Process"):
        program = next((table[key][1] for key in ("filepath", "path", "pspath") if key in table), "")
        arguments = next((table[key] for key in ("argumentlist", "args") if key in table), None)
        if arguments is not None and _encoded_shell_in_words([program.strip(), *_WORD.findall(arguments[1])]):
            yield arguments[0]


def _words(arguments: tuple[Argument, ...]) -> list[str]:
    """The words of command arguments: strings split at spaces, lists and `@('-a', '-b')` into their items."""
    words: list[str] = []
    for argument in arguments:
        for item in argument.items or (argument,):
            text = item.text if item.kind in (ArgKind.EXPRESSION, ArgKind.PARAMETER) else item.value
            words += _WORD.findall(text) if item.kind is ArgKind.EXPRESSION else text.split()
    return words


def _encoded_shell_in_words(words: list[str]) -> bool:
    """`/c powershell.exe -w 1 -e $x`: a PowerShell program word followed by an -EncodedCommand word."""
    for index, word in enumerate(words):
        name = word.strip("'\"").lower().replace("/", "\\").rsplit("\\", 1)[-1].removesuffix(".exe")
        if name in SHELL_PROGRAMS:
            for following in words[index + 1:]:
                option = following[1:].lower() if following[:1] in "-/" else ""
                if option in _SCRIPT_OPTIONS:
                    return False  # what follows belongs to the script or the command, not to PowerShell
                if option and _ENCODED_PARAMETER.match(option):
                    return True
            return False
    return False


def avoid_decoded_execution(tree: ScriptTree) -> Iterator[Finding]:
    """PSDecodedExecution: Base64-decoded text that is executed is a payload hidden from review."""
    for member in tree.member_invocations():
        if member.name.lower() == "frombase64string":
            sink = reaches_execution(tree, member.start, member.end)
            if sink is not None:
                yield Finding.at(member, rule="PSDecodedExecution", severity=Severity.CRITICAL,
                                 message=f"Base64-decoded content is executed by {sink.what}.",
                                 hint="Keep executable code readable in the script; never run decoded blobs.",
                                 category=SECURITY)


_POLICY_IN_TEXT = re.compile(
    # also as separate list items: `-ArgumentList '-ExecutionPolicy', 'Bypass', '-File', …`
    rb"(?i)[ \t\"'][-/](?:ep|ex|exe|exec|execu\w*)(?:[ \t]+|[\"'][ \t]*,[ \t]*)[\"']?(?:bypass|unrestricted)\b"
)


def avoid_execution_policy_bypass(tree: ScriptTree) -> Iterator[Finding]:
    """PSExecutionPolicyBypass: turning the execution policy off removes a guard against running unsigned scripts."""
    lines: set[int] = set()
    for call in tree.commands_named("Set-ExecutionPolicy"):
        policy = call.value_of("ExecutionPolicy", prefix=2, position=0)
        if policy is not None and policy.value.strip().lower() in ("bypass", "unrestricted"):
            scope = call.value_of("Scope", prefix=2, position=1)
            process_only = scope is not None and scope.value.strip().lower() == "process"
            lines.add(call.line)
            yield Finding.at(call, rule="PSExecutionPolicyBypass",
                             severity=Severity.WARNING if process_only else Severity.ERROR,
                             message=f"Set-ExecutionPolicy {policy.value} disables script signing checks"
                                     + (" for this process." if process_only else " persistently."),
                             hint="Sign the script (RemoteSigned/AllSigned) instead of bypassing the policy.",
                             category=SECURITY)
    in_text = search_findings(tree, _POLICY_IN_TEXT, rule="PSExecutionPolicyBypass", severity=Severity.WARNING,
                              message="A PowerShell process is started with -ExecutionPolicy Bypass.",
                              hint="Sign the script instead of bypassing the execution policy.",
                              needles=(b"bypass", b"unrestricted"))
    for finding in without_data_lines(tree, in_text, _POLICY_IN_TEXT):
        if finding.line not in lines:
            yield finding


_AMSI = re.compile(
    rb"(?i)amsiutils|amsiinitfailed|amsiscanbuffer|amsicontext|amsisession|management\.automation\.amsi"
)
# `AmsiEnable` is only tampering when it is written as 0; reading it (a hardening audit) is not.
_AMSI_ENABLE_SET_OFF = re.compile(rb"(?i)\.setvalue\s*\(\s*['\"]amsienable['\"]\s*,\s*['\"]?0\b")
_VERSION_PARAMETER = re.compile(r"(?i)^v(?:e(?:r(?:s(?:i(?:on?)?)?)?)?)?$")


# `[Ref].Assembly.GetTypes() | ? { $_.Name -like '*iUtils' }`: the AmsiUtils type found by a pattern so that
# its name never appears.
_TYPE_PATTERN = re.compile(rb"(?i)\.gettypes\s*\(\s*\)[^\n]*?-[ic]?(like|match)\s+(['\"])([^'\"\n]{4,})\2")


def _pattern_finds_amsi_utils(operator: bytes, pattern: str) -> bool:
    """The pattern picks AmsiUtils by part of its own name (`'*iUtils'`, `'^Amsi'`), not any `…Utils` type."""
    if operator.lower() == b"like":
        literal = pattern.replace("*", "").replace("?", "")
        return (len(literal) >= 4 and literal != pattern and fnmatch.fnmatchcase("amsiutils", pattern.lower())
                and not fnmatch.fnmatchcase("utils", pattern.lower()))
    try:
        return (len(re.sub(r"\W", "", pattern)) >= 4 and re.search(pattern, "AmsiUtils", re.IGNORECASE) is not None
                and re.search(pattern, "Utils", re.IGNORECASE) is None)
    except re.error:
        return False


def avoid_amsi_bypass(tree: ScriptTree) -> Iterator[Finding]:
    """PSAmsiBypass: tampering with AMSI blinds antivirus to everything the script runs next."""
    hint = "Remove the AMSI tampering; legitimate scripts never touch it."
    lines: set[int] = set()
    named = search_findings(tree, _AMSI, rule="PSAmsiBypass", severity=Severity.CRITICAL,
                            message="The script references AMSI internals used to disable malware scanning.",
                            hint=hint, needles=(b"amsi",))
    for finding in without_data_lines(tree, named, _AMSI, cleanup=True):  # a hunt's indicator list names them too
        lines.add(finding.line)
        yield finding
    for match, offset in tree.search(_TYPE_PATTERN, needles=(b"gettypes",)):
        line, column = tree.position(offset)
        if line not in lines and _pattern_finds_amsi_utils(match.group(1), match.group(3).decode("utf-8", "replace")):
            lines.add(line)
            yield Finding("PSAmsiBypass", Severity.CRITICAL,
                          f"The AmsiUtils type is looked up by the pattern '{match.group(3).decode()}'.", line, column,
                          hint, SECURITY, shorten(tree.line_text(line)))
    if tree.mentions(b"amsienable"):
        yield from _amsi_switched_off(tree, lines, hint)
    message = "PowerShell is started as version 2, which has no AMSI and no script block logging."
    downgrade_hint = "Remove the downgrade and the PowerShell 2.0 feature."
    for call in tree.commands():
        if call.program in SHELL_PROGRAMS and call.program != "pwsh":
            version = next((n for n in call.named if _VERSION_PARAMETER.match(n.name)), None)
            if version is not None and version.value is not None and version.value.value.strip().startswith("2"):
                lines.add(call.line)
                yield Finding.at(call, rule="PSAmsiBypass", severity=Severity.ERROR, message=message,
                                 hint=downgrade_hint, category=SECURITY)
    # The same command line written in a string (`cmd /c "powershell -Version 2 …"`, a Run() call) or as list
    # items (`Start-Process powershell -ArgumentList '-Version', '2.0', …`).
    told: set[int] | None = None
    for finding in search_findings(tree, _SHELL_WITH_VERSION, rule="PSAmsiBypass", severity=Severity.ERROR,
                                   message=message, hint=downgrade_hint, needles=(b"powershell",)):
        if finding.line in lines or not _downgrades_in_words(_WORD.findall(tree.line_text(finding.line))):
            continue
        if told is None:  # `Write-Host 'PowerShell -Version 2 is deprecated'` tells, it does not run
            told = lines_only_in_messages(tree, _SHELL_WITH_VERSION, (b"powershell",))
        if finding.line not in told:
            lines.add(finding.line)
            yield finding


_SHELL_WITH_VERSION = re.compile(rb"(?i)\bpowershell\b[^\n]*?[ \t'\",][-/]v")
_SCRIPT_OR_COMMAND = frozenset({"f", "fi", "fil", "file", "c", "co", "com", "comm", "comma", "comman", "command"})


def _downgrades_in_words(words: list[str]) -> bool:
    """`powershell.exe -Version 2 …` among the words of a line: the version option before -File/-Command
    (after those it belongs to the script or the command: `-c "Import-Module X -Version 2.0"`)."""
    for index, word in enumerate(words):
        if word.lower().replace("/", "\\").rsplit("\\", 1)[-1].removesuffix(".exe") != "powershell":
            continue  # pwsh -Version prints its version; only Windows PowerShell starts the 2.0 engine
        for position in range(index + 1, len(words) - 1):
            option = words[position][1:].lower() if words[position][:1] in "-/" else ""
            if option in _SCRIPT_OR_COMMAND:
                break
            if option and _VERSION_PARAMETER.match(option) and words[position + 1].startswith("2"):
                return True
    return False


def _amsi_switched_off(tree: ScriptTree, lines: set[int], hint: str) -> Iterator[Finding]:
    """The `AmsiEnable` registry value written as 0 (Set-/New-ItemProperty, `reg add`, RegistryKey.SetValue)."""
    message = "AMSI is switched off for Windows Script Host (AmsiEnable = 0)."
    for call in tree.commands_mentioning(b"amsienable"):
        if call.line not in lines and _writes_amsi_enable_zero(call):
            lines.add(call.line)
            yield Finding.at(call, rule="PSAmsiBypass", severity=Severity.CRITICAL, message=message, hint=hint,
                             category=SECURITY)
    for finding in search_findings(tree, _AMSI_ENABLE_SET_OFF, rule="PSAmsiBypass", severity=Severity.CRITICAL,
                                   message=message, hint=hint, needles=(b"amsienable",)):
        if finding.line not in lines:
            lines.add(finding.line)
            yield finding


def _writes_amsi_enable_zero(call: Command) -> bool:
    if call.resolved_lower in ("set-itemproperty", "new-itemproperty"):
        name = call.value_of("Name", prefix=1, position=1)
        value = call.value_of("Value", prefix=1, position=2 if call.resolved_lower == "set-itemproperty" else None)
        return (name is not None and name.value.strip().lower() == "amsienable" and value is not None
                and value.value.strip().lower() in ("0", "0x0"))
    if call.program == "reg":
        words = [argument.value.strip().lower() for argument in call.arguments]
        data = words.index("/d") + 1 if "/d" in words else 0
        return bool(words) and words[0] == "add" and "amsienable" in words and 0 < data < len(words) and (
            words[data] in ("0", "0x0"))
    return False


_DEFENDER_SWITCHES = (
    "DisableRealtimeMonitoring", "DisableBehaviorMonitoring", "DisableIOAVProtection", "DisableScriptScanning",
    "DisableIntrusionPreventionSystem", "DisableBlockAtFirstSeen", "DisableArchiveScanning",
    "DisableOnAccessProtection",
)
# Set-MpPreference values that switch cloud-delivered protection and sample submission off.
_DEFENDER_OFF_VALUES = {"MAPSReporting": ("0", "disabled"), "SubmitSamplesConsent": ("2", "neversend"),
                        "PUAProtection": ("0", "disabled")}
_DEFENDER_REGISTRY = re.compile(rb"(?i)DisableAntiSpyware|DisableAntiVirus")
# `MpCmdRun -RemoveDefinitions -All` deletes every signature (`-DynamicSignatures` alone is a documented fix-up).
_DEFENDER_SIGNATURES_REMOVED = re.compile(rb"(?i)\bmpcmdrun(?:\.exe)?\b[^\n]*?[ \t'\"][-/]removedefinitions\b[^\n]*?[ \t][-/]all\b")


# A policy value named on a line that writes the registry, or in a script that writes it somewhere (a table of
# values set in a loop); an audit that only reads them (`Get-ItemPropertyValue`, `reg query`) tampers with nothing.
_REGISTRY_WRITE_TEXT = re.compile(
    r"(?i)\b(?:set-itemproperty|new-itemproperty|sp|set-gpregistryvalue|set-gpprefregistryvalue)\b"
    r"|\breg(?:\.exe)?\s+add\b|\.setvalue\s*\("
)
_REGISTRY_READ_TEXT = re.compile(
    r"(?i)\b(?:get-itemproperty|get-itempropertyvalue|gp|gpv|get-gpregistryvalue)\b|\breg(?:\.exe)?\s+query\b"
    r"|\.getvalue\s*\("
)
_GP_REGISTRY_WRITERS = frozenset({"set-gpregistryvalue", "set-gpprefregistryvalue"})


def _writes_registry(tree: ScriptTree) -> bool:
    def writes() -> bool:
        return any(call.resolved_lower in _REGISTRY_WRITERS or call.resolved_lower in _GP_REGISTRY_WRITERS or (
            call.program == "reg" and call.positional and call.positional[0].value.lower() == "add")
            for call in tree.commands()) or any(
            member.name.lower() == "setvalue" for member in tree.member_invocations())
    return tree.cached("attacks:writes-registry", writes)


def avoid_defender_tampering(tree: ScriptTree) -> Iterator[Finding]:
    """PSDefenderTampering: switching off or carving exclusions into Microsoft Defender hides malware."""
    hint = "Do not change Defender settings from scripts; use managed policy with review."
    for call in tree.commands_named("Set-MpPreference"):
        for switch in _DEFENDER_SWITCHES:
            if value_is_true(call, switch):
                yield Finding.at(call, rule="PSDefenderTampering", severity=Severity.CRITICAL,
                                 message=f"Set-MpPreference -{switch} turns off Defender protection.", hint=hint,
                                 category=SECURITY)
                break
    for call in tree.commands_named("Add-MpPreference", "Set-MpPreference"):
        if any(n.name.lower().startswith("exclusion") for n in call.named):
            yield Finding.at(call, rule="PSDefenderTampering", severity=Severity.ERROR,
                             message=f"{call.resolved} sets a Defender exclusion.", hint=hint, category=SECURITY)
    for call in tree.commands_named("Set-MpPreference"):
        weakened = next((name for name, off in _DEFENDER_OFF_VALUES.items()
                         if (value := call.value_of(name)) is not None and value.value.strip().lower() in off), None)
        if weakened is not None:
            yield Finding.at(call, rule="PSDefenderTampering", severity=Severity.ERROR,
                             message=f"Set-MpPreference -{weakened} turns off Defender's cloud protection or sample "
                                     "submission.", hint=hint, category=SECURITY)
    for call in tree.commands_named("Uninstall-WindowsFeature", "Remove-WindowsFeature",
                                    "Disable-WindowsOptionalFeature"):
        if call.mentions(b"defender"):
            yield Finding.at(call, rule="PSDefenderTampering", severity=Severity.CRITICAL,
                             message=f"{call.resolved} removes Microsoft Defender.", hint=hint, category=SECURITY)
    for call in tree.commands_named("Stop-Service", "Set-Service", "sc"):
        if call.mentions(b"windefend", b"sense", b"wdnissvc"):
            yield Finding.at(call, rule="PSDefenderTampering", severity=Severity.CRITICAL,
                             message="The Defender service is stopped or reconfigured.", hint=hint, category=SECURITY)
    for finding in search_findings(tree, _DEFENDER_REGISTRY, rule="PSDefenderTampering", severity=Severity.ERROR,
                                   message="Defender is disabled through its policy registry values.", hint=hint,
                                   needles=(b"disableanti",)):
        text = tree.line_text(finding.line)
        if _REGISTRY_WRITE_TEXT.search(text) or (not _REGISTRY_READ_TEXT.search(text) and _writes_registry(tree)):
            yield finding
    yield from search_findings(tree, _DEFENDER_SIGNATURES_REMOVED, rule="PSDefenderTampering",
                               severity=Severity.CRITICAL, message="MpCmdRun removes all Defender signatures.",
                               hint=hint, needles=(b"removedefinitions",))


def avoid_firewall_disable(tree: ScriptTree) -> Iterator[Finding]:
    """PSFirewallDisabled: a disabled host firewall exposes every listening service."""
    hint = "Add a narrow allow rule (New-NetFirewallRule) instead of turning the firewall off."
    for call in tree.commands_named("netsh"):
        words = [argument.value.lower() for argument in call.arguments]
        if ("advfirewall" in words and "state" in words and "off" in words) or (
            "firewall" in words and "opmode" in words and ("disable" in words or "mode=disable" in words)
        ):
            yield Finding.at(call, rule="PSFirewallDisabled", severity=Severity.ERROR,
                             message="netsh turns the Windows firewall off.", hint=hint, category=SECURITY)
    for call in tree.commands_named("Set-NetFirewallProfile"):
        enabled = call.value_of("Enabled", prefix=2)
        if enabled is not None and enabled.value.strip().lower() in ("false", "$false", "0"):
            yield Finding.at(call, rule="PSFirewallDisabled", severity=Severity.ERROR,
                             message="Set-NetFirewallProfile -Enabled False turns the firewall off.", hint=hint,
                             category=SECURITY)
    for call in tree.commands_named("Stop-Service", "Set-Service"):
        if call.mentions(b"mpssvc"):
            yield Finding.at(call, rule="PSFirewallDisabled", severity=Severity.ERROR,
                             message="The Windows Firewall service is stopped or disabled.", hint=hint,
                             category=SECURITY)


_RUN_KEY = b"\\currentversion\\run"
_REGISTRY_WRITERS = frozenset({"new-itemproperty", "set-itemproperty", "new-item", "set-item", "copy-itemproperty"})


def _assigned_once(tree: ScriptTree) -> dict[str, str]:
    """Variable → its value's text, for the variables the script assigns exactly once (built once per tree)."""
    return tree.cached("attacks:assigned-once", lambda: {
        name: found[0] for name, found in assigned_values(tree).items() if len(found) == 1})


_VARIABLE = re.compile(r"\$(\w+)")


def avoid_run_key_persistence(tree: ScriptTree) -> Iterator[Finding]:
    """PSPersistenceRunKey: Run/RunOnce registry values start a program at every logon."""
    for call in tree.commands():
        writes = call.resolved_lower in _REGISTRY_WRITERS or (
            call.program == "reg" and call.positional and call.positional[0].value.lower() == "add"
        )
        if writes and (call.mentions(_RUN_KEY) or _RUN_KEY.decode() in _constant_variables_text(tree, call).lower()):
            yield Finding.at(call, rule="PSPersistenceRunKey", severity=Severity.ERROR,
                             message=f"{call.name} writes an autostart entry under ...\\CurrentVersion\\Run.",
                             hint="Install software through a managed deployment instead of autostart keys.",
                             category=SECURITY)
    yield from _run_key_dotnet_writes(tree)


_SUBKEY = re.compile(r"(?i)\.(?:open|create)subkey\s*\(")


def _run_key_dotnet_writes(tree: ScriptTree) -> Iterator[Finding]:
    """`$key = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('…\\Run', $true); $key.SetValue(…)`: the value
    is written where SetValue is called, on a key the script opened or created under …\\CurrentVersion\\Run."""
    if not tree.mentions(b"subkey"):
        return
    run_key = _RUN_KEY.decode()
    once = _assigned_once(tree)

    def opens_run_key(text: str) -> bool:
        if not _SUBKEY.search(text):
            return False
        read = " ".join(once[name] for name in sorted({found.lower() for found in _VARIABLE.findall(text)})
                        if name in once)
        return run_key in (text + " " + read).lower()

    keys = {name for name, value in once.items() if opens_run_key(value)}
    for member in tree.member_invocations():
        if member.name.lower() != "setvalue" or member.static:
            continue
        target = member.target.strip()
        if target.lstrip("$").lower() in keys or opens_run_key(target):
            yield Finding.at(member, rule="PSPersistenceRunKey", severity=Severity.ERROR,
                             message="RegistryKey.SetValue writes an autostart entry under ...\\CurrentVersion\\Run.",
                             hint="Install software through a managed deployment instead of autostart keys.",
                             category=SECURITY)


_STARTUP_FOLDER = re.compile(
    rb"(?i)\\Start Menu\\Programs\\Startup\b|shell:startup|\[Environment\]::GetFolderPath\(\s*['\"]?Startup"
)


def _constant_variables_text(tree: ScriptTree, call: Command) -> str:
    """The string values of the variables a command reads that the script assigns once (`$run = 'HKCU:\\…\\Run'`)."""
    names = {a.text.lstrip("$").lower() for a in call.arguments if a.kind is ArgKind.VARIABLE}
    if not names:
        return ""
    once = _assigned_once(tree)
    return " ".join(once[name] for name in sorted(names) if name in once)


# Commands and .NET methods that put a file in place; reading or listing the Startup folder is not persistence.
_FILE_WRITERS = frozenset({
    "copy-item", "move-item", "new-item", "set-content", "add-content", "out-file", "invoke-webrequest",
    "invoke-restmethod", "start-bitstransfer", "expand-archive", "rename-item",
    "copy", "xcopy", "robocopy", "move", "mklink",
})
_FILE_WRITING_METHODS = frozenset({
    "createshortcut", "writealltext", "writeallbytes", "writealllines", "appendalltext", "appendalllines",
    "copy", "move", "copyto", "moveto", "downloadfile", "createsymboliclink",
})


def _startup_variables(tree: ScriptTree) -> set[str]:
    """Variables whose value is the Startup folder or a path built on one (`$s = GetFolderPath('Startup')`,
    `$lnk = Join-Path $s 'x.lnk'`), followed through a few assignments."""
    names: set[str] = set()
    assignments = [a for a in tree.assignments() if a.variable]
    for _ in range(3):
        before = len(names)
        for assignment in assignments:
            value = tree.source[assignment.value_start:assignment.value_end]
            if assignment.variable not in names and (_STARTUP_FOLDER.search(value) or _reads_any(value, names)):
                names.add(assignment.variable)  # type: ignore[arg-type]
        if len(names) == before:
            break
    return names


def _reads_any(text: bytes, names: set[str]) -> bool:
    lower = text.lower()
    return any(re.search(rb"\$\{?" + re.escape(name.encode()) + rb"\b", lower) for name in names
               if name.encode() in lower)


def avoid_startup_folder_persistence(tree: ScriptTree) -> Iterator[Finding]:
    """PSPersistenceStartupFolder: files placed in the Startup folder run at every logon (a file copied,
    moved, written or downloaded there, or a shortcut created there; not the folder read or listed)."""
    if next(iter(tree.search(_STARTUP_FOLDER, needles=(b"startup",))), None) is None:
        return
    variables = _startup_variables(tree)
    writes: list[Span] = [c for c in tree.commands() if c.resolved_lower in _FILE_WRITERS or c.program in _FILE_WRITERS]
    writes += [m for m in tree.member_invocations() if m.name.lower() in _FILE_WRITING_METHODS]
    lines: set[int] = set()
    for write in writes:
        text = tree.source[write.start:write.end]
        if write.line not in lines and (_STARTUP_FOLDER.search(text) or _reads_any(text, variables)):
            lines.add(write.line)
            yield Finding.at(write, rule="PSPersistenceStartupFolder", severity=Severity.WARNING,
                             message="The script puts a file in the Startup folder, which runs it at every logon.",
                             hint="Use a managed deployment or a documented scheduled task instead.",
                             category=SECURITY)


_NATIVE_APIS = re.compile(
    r"(?i)\b(?:VirtualAlloc(?:Ex)?|VirtualProtect(?:Ex)?|WriteProcessMemory|CreateRemoteThread|CreateThread"
    r"|NtCreateThreadEx|RtlMoveMemory|QueueUserAPC|SetWindowsHookEx|GetProcAddress|LoadLibrary[AW]?"
    r"|GetAsyncKeyState|NtAllocateVirtualMemory|NtProtectVirtualMemory|NtWriteVirtualMemory|ZwUnmapViewOfSection)\b"
)


def avoid_add_type_native_code(tree: ScriptTree) -> Iterator[Finding]:
    """PSAddTypeNativeCode: inline C# calling memory/thread APIs is how shellcode loaders run in PowerShell."""
    for call in tree.commands_named("Add-Type"):
        texts = [call.text]
        for argument in call.arguments:
            if argument.kind is ArgKind.VARIABLE:
                name = argument.text.lstrip("$").lower()
                texts += [a.value for a in tree.assignments() if a.variable == name]
        match = next((m for text in texts if (m := _NATIVE_APIS.search(text))), None)
        if match is not None:
            yield Finding.at(call, rule="PSAddTypeNativeCode", severity=Severity.CRITICAL,
                             message=f"Add-Type compiles C# that calls {match.group(0)}.",
                             hint="Do not load native code from scripts; ship a signed, reviewed module instead.",
                             category=SECURITY)


_NETWORK_CREDENTIAL = re.compile(
    rb"(?i)networkcredential\b[^\n]*?(?:\(|-argumentlist\b)\s*(['\"])[^'\"\n]*\1\s*,\s*(['\"])([^'\"\n$]+)\2"
)


def avoid_nested_credential_literals(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidHardcodedCredential (nested): a password literal handed to ConvertTo-SecureString or to a
    NetworkCredential constructor, typically inside `New-Object PSCredential(…)`, is a hard-coded secret."""
    hint = "Read the secret at run time (Get-Credential, a secret vault, an environment variable)."
    for call in tree.commands_named("ConvertTo-SecureString"):
        if not call.has_parameter("AsPlainText", prefix=3):
            continue
        secret = call.value_of("String", prefix=1, position=0)
        if secret is None and call.pipeline_index > 0 and (pipeline := tree.pipeline_of(call)) is not None:
            before = pipeline.elements[call.pipeline_index - 1]
            secret = before if isinstance(before, Argument) else None
        if secret is not None and secret.kind is ArgKind.STRING and _literal_password(secret.value, expands=False):
            yield Finding.at(secret, rule="PSAvoidHardcodedCredential", severity=Severity.ERROR,
                             message="ConvertTo-SecureString -AsPlainText is given a literal password.", hint=hint,
                             category=SECURITY)
    for match, _ in tree.search(_NETWORK_CREDENTIAL, needles=(b"networkcredential",)):
        if _literal_password(match.group(3).decode("utf-8", "replace")):
            line, column = tree.position(match.start(3) - 1)
            yield Finding("PSAvoidHardcodedCredential", Severity.ERROR,
                          "A NetworkCredential is constructed with a literal password.", line, column, hint,
                          SECURITY, tree.extract(match.start(3) - 1, match.end(3) + 1))


def _literal_password(value: str, *, expands: bool = True) -> bool:
    """A real password literal; in a string that expands nothing (`expands=False`) a `$` is one of its characters."""
    value = value.strip()
    return bool(value) and ("$" not in value or not expands) and not PLACEHOLDER_SECRET.match(value)


RULES = (
    avoid_encoded_command,
    avoid_decoded_execution,
    avoid_execution_policy_bypass,
    avoid_amsi_bypass,
    avoid_defender_tampering,
    avoid_firewall_disable,
    avoid_run_key_persistence,
    avoid_startup_folder_persistence,
    avoid_scheduled_task_persistence,
    avoid_wmi_subscription_persistence,
    avoid_credential_dumping,
    avoid_add_type_native_code,
    avoid_nested_credential_literals,
)
