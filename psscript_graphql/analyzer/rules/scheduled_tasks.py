"""PSPersistenceScheduledTask: a scheduled task created the way attackers create them (T1053.005).

Administrators register scheduled tasks all the time (a nightly clean-up, a report), so creating one
is not by itself a finding: that would put a security finding on every clean maintenance script.
A task is reported when what it is made of looks like persistence or a hidden payload:

- it starts at logon or at boot (`/sc onlogon|onstart`, `-AtLogOn`, `-AtStartup`, COM trigger 8 or 9);
- its command line hides or disguises what runs: a hidden window, `-EncodedCommand`,
  `-ExecutionPolicy Bypass`, a download or `Invoke-Expression`, a script host or LOLBin
  (mshta, rundll32, regsvr32, wscript, cscript, certutil, bitsadmin);
- it runs a file from a user-writable staging folder (`\\Users\\Public`, `AppData`, `Temp`, `$env:TEMP`)
  or straight from the root of `C:\\ProgramData`;
- the task itself is hidden (`New-ScheduledTaskSettingsSet -Hidden`, `.Settings.Hidden = $true`).

What a task is made of is read from the registering command (`schtasks /create` carries all of it),
and for `Register-ScheduledTask` / `Register-ScheduledJob` / the Task Scheduler COM API from the
script's task building blocks (New-ScheduledTaskAction/Trigger/SettingsSet, New-JobTrigger, the COM
definition's `.Path`/`.Arguments`/`.Hidden` and `Triggers.Create(…)`), with the values of the
variables those read (one step).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import assigned_values

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("starts at logon or boot", re.compile(
        r"(?i)[/-]sc[ \t]+['\"]?(?:onlogon|onstart)\b|-at(?:logon|startup)\b|\btriggers\.create\(\s*[89]\s*\)")),
    ("runs a hidden window", re.compile(
        r"(?i)(?:^|[ \t'\",])[-/]w(?:i(?:n(?:d(?:o(?:w(?:s(?:t(?:y(?:le?)?)?)?)?)?)?)?)?)?[ \t]+['\"]?(?:h(?:idden)?|1)\b")),
    ("runs an encoded command", re.compile(
        # Base64 or a variable holding it; not `schtasks /ec Security` (an event channel).
        r"(?i)(?:^|[ \t'\",])[-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc\w*)?[ \t]+['\"]?"
        r"(?:\$\w|[A-Za-z0-9+/]{16,}={0,2}(?![\w-]))")),
    ("bypasses the execution policy", re.compile(
        r"(?i)(?:^|[ \t'\",])[-/](?:ep|ex|exe|exec|execu\w*)[ \t]+['\"]?(?:bypass|unrestricted)\b")),
    ("downloads or runs code from text", re.compile(
        r"(?i)\biex\b|invoke-expression|downloadstring|downloaddata|downloadfile|invoke-webrequest|\biwr\b"
        r"|invoke-restmethod|\birm\b|start-bitstransfer|frombase64string")),
    ("runs a script host or LOLBin", re.compile(
        r"(?i)\b(?:mshta|rundll32|regsvr32|wscript|cscript|certutil|bitsadmin)(?:\.exe)?\b")),
    ("runs a file from a staging folder", re.compile(
        r"(?i)\\users\\public\\|\\appdata\\|\\temp\\|%(?:temp|tmp|appdata|localappdata|public)%"
        r"|\$env:(?:temp|tmp|appdata|localappdata|public)\b"
        r"|\\programdata\\[^\\\s'\"]+\.(?:exe|dll|ps1|bat|cmd|vbs|js|hta)\b")),
    ("is hidden", re.compile(r"(?i)[ \t]-hidden\b(?![ \t]*:[ \t]*\$false)|\.hidden[ \t]*=[ \t]*\$true")),
)
# The cmdlets that build a task for Register-ScheduledTask / Register-ScheduledJob.
_TASK_PARTS = ("New-ScheduledTaskAction", "New-ScheduledTaskTrigger", "New-ScheduledTaskSettingsSet",
               "New-JobTrigger", "New-ScheduledJobOption")
# The Task Scheduler COM definition: `$a.Path = …`, `$a.Arguments = …`, `$def.Settings.Hidden = $true`.
_COM_PROPERTY = re.compile(r"(?i)\.(?:path|arguments|hidden|workingdirectory)\s*$")
_VARIABLE = re.compile(r"\$(?:\w+:)?(\w+)")
_HINT = "Document the task, run it with least privilege, and review its action."


def avoid_scheduled_task_persistence(tree: ScriptTree) -> Iterator[Finding]:
    """PSPersistenceScheduledTask: a task that starts at logon/boot, hides its payload or runs from a staging
    folder is how code is made to survive a reboot; an ordinary maintenance task is not reported."""
    for call in tree.commands():
        if call.program == "schtasks" and any(a.value.lower() in ("/create", "-create") for a in call.arguments):
            why = _suspicious(call.text)
        elif call.resolved_lower in ("register-scheduledtask", "register-scheduledjob"):
            why = _suspicious("\n".join((call.text, _values_read(tree, call.text), _cmdlet_parts(tree))))
        else:
            continue
        if why is not None:
            yield Finding.at(call, rule="PSPersistenceScheduledTask", severity=Severity.WARNING,
                             message=f"{call.name} creates a scheduled task that {why}.", hint=_HINT,
                             category=Category.SECURITY)
    if tree.mentions(b"registertaskdefinition"):
        for member in tree.member_invocations():
            if member.name.lower() == "registertaskdefinition":
                why = _suspicious(tree.text_of_span(member) + "\n" + _com_parts(tree))
                if why is not None:
                    yield Finding.at(member, rule="PSPersistenceScheduledTask", severity=Severity.WARNING,
                                     message=f"The Task Scheduler COM API registers a task that {why}.", hint=_HINT,
                                     category=Category.SECURITY)


def _suspicious(text: str) -> str | None:
    """What makes a task with this configuration text look like persistence (None: nothing does)."""
    return next((why for why, pattern in _MARKERS if pattern.search(text)), None)


def _cmdlet_parts(tree: ScriptTree) -> str:
    def build() -> str:
        parts = tree.commands_named(*_TASK_PARTS)
        return "\n".join([part.text for part in parts] + [_values_read(tree, part.text) for part in parts])

    return tree.cached("scheduled-tasks:cmdlet-parts", build)


def _com_parts(tree: ScriptTree) -> str:
    def build() -> str:
        texts = [f"{a.target} = {a.value}" for a in tree.assignments() if _COM_PROPERTY.search(a.target)]
        texts += [tree.text_of_span(m) for m in tree.member_invocations()
                  if m.name.lower() == "create" and m.target.lower().endswith("triggers")]
        return "\n".join(texts + [_values_read(tree, text) for text in texts])

    return tree.cached("scheduled-tasks:com-parts", build)


def _values_read(tree: ScriptTree, text: str) -> str:
    """The values assigned to the variables `text` reads (`-Argument "-File $payload"` → `$payload`'s value)."""
    names = {name.lower() for name in _VARIABLE.findall(text)}
    if not names:
        return ""
    values = assigned_values(tree)
    return "\n".join(value for name in sorted(names) for value in values.get(name, ()))

