"""Security rules for what ransomware and intruders do before or after the payload: destroy the
ways back (shadow copies, backups, boot recovery — ATT&CK T1490), wipe the traces (event logs —
T1070.001) and run .NET code that never touches the disk (reflective assembly loading — T1620).

Native tools (`vssadmin`, `wbadmin`, `bcdedit`, `wmic`, `wevtutil`) are matched on the text of
a line, so they are found as commands, inside `cmd /c "…"` strings and in -ArgumentList values
alike; comments are skipped. Cmdlets and .NET calls are matched on the syntax tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.commands import ArgKind, Argument
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import MemberInvocation
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import search_findings
from psscript_graphql.analyzer.rules.indicator_data import without_data_lines

SECURITY = Category.SECURITY
_SEP = rb"['\"]?[\s'\",]+['\"]?"  # words of a command line, written bare, quoted or as list items
# `Start-Process -FilePath wevtutil.exe -ArgumentList 'cl', 'System'`: the program's words follow -ArgumentList.
_ARGUMENT_LIST = rb"(?:['\"]?\s+-(?:argumentlist|args)\b)?"

_RECOVERY: tuple[tuple[re.Pattern[bytes], tuple[bytes, ...], str], ...] = (
    (re.compile(rb"(?i)\bvssadmin(?:\.exe)?\b[^\n]*?\bdelete" + _SEP + rb"shadows\b"), (b"vssadmin",),
     "vssadmin deletes the volume shadow copies."),
    (re.compile(rb"(?i)\bwmic(?:\.exe)?\b[^\n]*?\bshadowcopy\b[^\n]*?\bdelete\b"), (b"shadowcopy",),
     "wmic deletes the volume shadow copies."),
    (re.compile(rb"(?i)win32_shadowcopy\b[^\n]*?(?:\.delete\s*\(|\bremove-(?:ciminstance|wmiobject)\b)"),
     (b"win32_shadowcopy",), "Win32_ShadowCopy instances are deleted."),
    (re.compile(rb"(?i)\bbcdedit(?:\.exe)?\b[^\n]*?\brecoveryenabled" + _SEP + rb"(?:no|off|0|false)\b"),
     (b"recoveryenabled",), "bcdedit turns off Windows boot recovery."),
    (re.compile(rb"(?i)\bbcdedit(?:\.exe)?\b[^\n]*?\bbootstatuspolicy" + _SEP + rb"ignoreallfailures\b"),
     (b"ignoreallfailures",), "bcdedit makes Windows ignore boot failures (no recovery screen)."),
    (re.compile(rb"(?i)\bwbadmin(?:\.exe)?\b[^\n]*?\bdelete" + _SEP + rb"(?:catalog|systemstatebackup|backup)\b"),
     (b"wbadmin",), "wbadmin deletes the backup catalog or backups."),
    (re.compile(rb"(?i)\\SystemRestore\b[^\n]*?\bDisable(?:SR|Config)\b"), (b"systemrestore",),
     "System Restore is disabled through its policy registry values."),
    # Shrinking the shadow storage to megabytes deletes every shadow copy that no longer fits.
    (re.compile(rb"(?i)\bvssadmin(?:\.exe)?\b[^\n]*?\bresize" + _SEP + rb"shadowstorage\b[^\n]*?/maxsize=\d+\s*(?:kb|mb)\b"),
     (b"shadowstorage",), "vssadmin shrinks the shadow storage, deleting the shadow copies."),
    # The services that make shadow copies and backups, stopped or disabled.
    (re.compile(rb"(?i)\b(?:stop-service|spsv)\b[^\n]*?['\"\s,](?:vss|wbengine|swprv)\b"
                rb"|\bset-service\b[^\n]*?['\"\s,](?:vss|wbengine|swprv)\b[^\n]*?\b(?:disabled|stopped)\b"
                rb"|\bsc(?:\.exe)?\s+(?:config|stop|delete)\s+['\"]?(?:vss|wbengine|swprv)\b"
                rb"|\bnet(?:\.exe)?\s+stop\s+['\"]?(?:vss|wbengine|swprv)\b"), (b"vss", b"wbengine", b"swprv"),
     "The Volume Shadow Copy or backup service is stopped or disabled."),
)


def inhibit_system_recovery(tree: ScriptTree) -> Iterator[Finding]:
    """PSInhibitSystemRecovery: deleting shadow copies and backups or disabling boot recovery is what
    ransomware does right before encrypting, so victims cannot roll back."""
    hint = "Remove it; administration scripts manage backups with the backup product, never by deleting them."
    lines: set[int] = set()
    for pattern, needles, message in _RECOVERY:
        found = search_findings(tree, pattern, rule="PSInhibitSystemRecovery", severity=Severity.CRITICAL,
                                message=message, hint=hint, needles=needles)
        for finding in without_data_lines(tree, found, pattern):  # `'vssadmin.*delete shadows'` searched for
            if finding.line not in lines:
                lines.add(finding.line)
                yield finding
    for call in tree.commands_named("Disable-ComputerRestore"):
        yield Finding.at(call, rule="PSInhibitSystemRecovery", severity=Severity.CRITICAL,
                         message="Disable-ComputerRestore turns System Restore off.", hint=hint, category=SECURITY)
    # `Get-CimInstance Win32_ShadowCopy | ForEach-Object { $_.Delete() }` over several lines.
    for call in tree.commands_mentioning(b"win32_shadowcopy"):
        pipeline = tree.pipeline_of(call)
        text = tree.text_of_span(pipeline).lower() if pipeline is not None else ""
        if call.line not in lines and (".delete(" in text or "remove-ciminstance" in text or "remove-wmiobject" in text):
            lines.add(call.line)
            yield Finding.at(call, rule="PSInhibitSystemRecovery", severity=Severity.CRITICAL,
                             message="Win32_ShadowCopy instances are deleted.", hint=hint, category=SECURITY)
    for member in _shadow_copies_deleted_through_a_variable(tree):
        if member.line not in lines:
            lines.add(member.line)
            yield Finding.at(member, rule="PSInhibitSystemRecovery", severity=Severity.CRITICAL,
                             message="Win32_ShadowCopy instances are deleted.", hint=hint, category=SECURITY)


def _shadow_copies_deleted_through_a_variable(tree: ScriptTree) -> Iterator[MemberInvocation]:
    """`$shadows = Get-WmiObject Win32_ShadowCopy` … `foreach ($s in $shadows) { $s.Delete() }` (or
    `$shadows.Delete()`, `$shadows | % { $_.Delete() }`): the `.Delete()` calls on the queried instances."""
    if not tree.mentions(b"win32_shadowcopy"):
        return
    holders = {a.variable for a in tree.assignments() if a.variable and "win32_shadowcopy" in a.value.lower()}
    if not holders:
        return
    read = re.compile(r"(?i)\$(?:" + "|".join(re.escape(name) for name in holders) + r")\b")
    for member in tree.member_invocations():
        if member.static or member.name.lower() != "delete":
            continue
        target = member.target.lower().removeprefix("$")
        if target in holders:
            yield member
            continue
        loop = tree.enclosing_loop(member.start)
        if loop is None or loop.variable is None:
            continue
        if target not in (loop.variable, "psitem" if loop.variable == "_" else ""):
            continue
        # The loop's header names what it iterates; a ForEach-Object's input is piped in from its line's start.
        header_start = tree.source.rfind(b"\n", 0, loop.start) + 1 if loop.kind == "foreach-object" else loop.start
        if read.search(tree.source[header_start : loop.body_start].decode("utf-8", "replace")):
            yield member


_EVENT_LOG_TEXT: tuple[tuple[re.Pattern[bytes], tuple[bytes, ...], str], ...] = (
    (re.compile(rb"(?i)\bwevtutil(?:\.exe)?" + _ARGUMENT_LIST + _SEP + rb"(?:cl|clear-log)\b"), (b"wevtutil",),
     "wevtutil clears an event log."),
    (re.compile(rb"(?i)\.clearlog\s*\("), (b"clearlog",), "EventLogSession.ClearLog() clears an event log."),
    (re.compile(rb"(?i)\bcleareventlog\b"), (b"cleareventlog",), "Win32_NTEventlogFile.ClearEventLog() clears an event log."),
    (re.compile(rb"(?i)eventlog\b[^\n]*?\.clear\s*\(\s*\)"), (b"eventlog",), "EventLog.Clear() clears an event log."),
    (re.compile(rb"(?i)\beventlog\]::delete\s*\("), (b"eventlog]::delete",), "EventLog.Delete() deletes an event log."),
    (re.compile(rb"(?i)(?:\bremove-item\b|\bri\b|\brm\b|\bdel\b|\berase\b)[^\n]*?\\winevt\\logs\b"
                rb"|\\winevt\\logs\b[^\n]*?\|\s*(?:remove-item|ri|rm|del)\b"), (b"winevt\\logs",),
     "Event log files (winevt\\Logs\\*.evtx) are deleted."),
)
_BUILTIN_LOG = re.compile(r"(?i)^(?:security|system|application|setup|windows powershell|microsoft-windows-.*)$")
_SIZE = re.compile(r"(?i)^(\d+(?:\.\d+)?)(kb|mb|gb)?$")
SMALLEST_SANE_LOG = 1024 * 1024  # Limit-EventLog below 1 MB keeps (next to) nothing


def clear_event_log(tree: ScriptTree) -> Iterator[Finding]:
    """PSClearEventLog: clearing, deleting or shrinking event logs destroys the evidence defenders need."""
    hint = "Remove it; archive logs (wevtutil epl, a SIEM) instead of clearing them."
    lines: set[int] = set()
    for call in tree.commands_named("Clear-EventLog"):
        lines.add(call.line)
        yield Finding.at(call, rule="PSClearEventLog", severity=Severity.CRITICAL,
                         message="Clear-EventLog clears an event log.", hint=hint, category=SECURITY)
    for call in tree.commands_named("Remove-EventLog"):
        log = call.value_of("LogName", prefix=1, position=0)
        if log is not None:
            # An installer removing its own custom log is less alarming than deleting Windows' logs.
            names = [item.value for item in (log.items or (log,))]
            builtin = not log.is_constant or any(_BUILTIN_LOG.match(name.strip()) for name in names)
            lines.add(call.line)
            yield Finding.at(call, rule="PSClearEventLog", severity=Severity.CRITICAL if builtin else Severity.WARNING,
                             message=f"Remove-EventLog deletes the {log.text} event log with its entries.", hint=hint,
                             category=SECURITY)
    for call in tree.commands_named("Limit-EventLog"):
        size = call.value_of("MaximumSize", prefix=2)
        if size is not None and _bytes(size) is not None and _bytes(size) < SMALLEST_SANE_LOG:  # type: ignore[operator]
            lines.add(call.line)
            yield Finding.at(call, rule="PSClearEventLog", severity=Severity.ERROR,
                             message=f"Limit-EventLog shrinks an event log to {size.text}, so it keeps almost nothing.",
                             hint=hint, category=SECURITY)
    for member in _event_log_objects_cleared(tree):
        if member.line not in lines:
            lines.add(member.line)
            yield Finding.at(member, rule="PSClearEventLog", severity=Severity.CRITICAL,
                             message="EventLog.Clear() clears an event log.", hint=hint, category=SECURITY)
    for pattern, needles, message in _EVENT_LOG_TEXT:
        found = search_findings(tree, pattern, rule="PSClearEventLog", severity=Severity.CRITICAL,
                                message=message, hint=hint, needles=needles)
        for finding in without_data_lines(tree, found, pattern):  # `'wevtutil cl'` searched for
            if finding.line not in lines:
                lines.add(finding.line)
                yield finding


_EVENT_LOG_OBJECT = re.compile(r"(?i)\bdiagnostics\.eventlog\b(?!entry)")


def _event_log_objects_cleared(tree: ScriptTree) -> list[MemberInvocation]:
    """`$log = New-Object System.Diagnostics.EventLog('Security')` … `$log.Clear()`."""
    if not tree.mentions(b"diagnostics.eventlog"):
        return []
    logs = {a.variable for a in tree.assignments() if a.variable and _EVENT_LOG_OBJECT.search(a.value)}
    return [m for m in tree.member_invocations()
            if m.name.lower() == "clear" and m.target.strip().lstrip("$").lower() in logs]


def _bytes(argument: Argument) -> float | None:
    match = _SIZE.match(argument.value.strip()) if argument.kind in (ArgKind.NUMBER, ArgKind.BAREWORD) else None
    if match is None:
        return None
    unit = {"kb": 1024, "mb": 1024**2, "gb": 1024**3}.get((match.group(2) or "").lower(), 1)
    return float(match.group(1)) * unit


_ASSEMBLY_TARGETS = frozenset({"[reflection.assembly]", "[system.reflection.assembly]"})
_APP_DOMAIN = re.compile(r"(?i)^\[(?:system\.)?appdomain\]::currentdomain$|^\$\w*domain\w*$")
_PAYLOAD_SOURCES = re.compile(
    r"(?i)frombase64string|download(?:data|string|file)|getbytearrayasync|invoke-webrequest|invoke-restmethod"
    r"|\biwr\b|\birm\b|\bcurl\b|\bwget\b|gzipstream|deflatestream|\.content\b|readallbytes|getbytes"
)


def reflective_assembly_load(tree: ScriptTree) -> Iterator[Finding]:
    """PSReflectiveAssemblyLoad: `Assembly.Load(bytes)` runs a .NET payload from memory, never scanned on disk."""
    hint = "Ship the assembly as a signed file and load it with Add-Type -Path or Import-Module."
    for member in tree.member_invocations():
        if member.name.lower() != "load" or not _loads_assemblies(member):
            continue
        argument = _argument_text(tree, member)
        if not argument or argument[:1] in "'\"" and argument[-1:] == argument[:1]:
            continue  # Load('System.Drawing, Version=…') loads by name from the GAC
        texts = [argument] + _assigned_values(tree, argument)
        if len(texts) > 1 and all(t.strip()[:1] in "'\"" for t in texts[1:]):
            continue  # a variable holding an assembly name
        source = next((m.group(0) for t in texts if (m := _PAYLOAD_SOURCES.search(t))), None)
        if source is not None:
            message = f"An assembly is loaded from memory, from bytes produced by {source}."
            severity = Severity.CRITICAL
        else:
            message = "An assembly is loaded from bytes in memory."
            severity = Severity.ERROR
        yield Finding.at(member, rule="PSReflectiveAssemblyLoad", severity=severity, message=message, hint=hint,
                         category=SECURITY)


def _loads_assemblies(member: MemberInvocation) -> bool:
    target = member.target.replace(" ", "").lower()
    return (member.static and target in _ASSEMBLY_TARGETS) or bool(_APP_DOMAIN.match(target))


def _argument_text(tree: ScriptTree, member: MemberInvocation) -> str:
    text = tree.text_of_span(member)
    name_at = text.lower().rfind(member.name.lower() + "(")
    inner = text[name_at + len(member.name) + 1 :] if name_at >= 0 else ""
    return inner[:-1].strip() if inner.endswith(")") else inner.strip()


def _assigned_values(tree: ScriptTree, argument: str) -> list[str]:
    """Values assigned to the variable an argument names (`$bytes`, `[byte[]]$bytes`)."""
    match = re.fullmatch(r"(?:\[[^\]]+\])?\$(?:\w+:)?(\w+)", argument)
    if match is None:
        return []
    name = match.group(1).lower()
    return [a.value for a in tree.assignments() if a.variable == name]


RULES = (
    inhibit_system_recovery,
    clear_event_log,
    reflective_assembly_load,
)
