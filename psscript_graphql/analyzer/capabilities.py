"""What a script touches when it runs: files, registry, network, processes, services, AD, …

Used for the `execution_summary` column and by the risk score (destructive operations and
capabilities raise risk even when no rule fires).
"""

from __future__ import annotations

from typing import Any

from psscript_graphql.analyzer.commands import Command
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.spellings import command_spellings

# Area -> cmdlets / native programs (lower case) that act on it.
AREAS: dict[str, frozenset[str]] = {
    "files": frozenset(
        "get-childitem get-item get-content set-content add-content clear-content copy-item move-item remove-item "
        "new-item rename-item out-file export-csv import-csv export-clixml import-clixml compress-archive "
        "expand-archive test-path get-acl set-acl robocopy xcopy".split()
    ),
    "registry": frozenset("get-itemproperty set-itemproperty new-itemproperty remove-itemproperty reg".split()),
    "network": frozenset(
        "invoke-webrequest invoke-restmethod start-bitstransfer send-mailmessage test-connection test-netconnection "
        "resolve-dnsname new-pssession enter-pssession invoke-command new-cimsession curl wget ping nslookup "
        "certutil bitsadmin".split()
    ),
    "processes": frozenset("get-process start-process stop-process wait-process taskkill".split()),
    "services": frozenset(
        "get-service start-service stop-service restart-service set-service new-service remove-service sc".split()
    ),
    "active_directory": frozenset(name.lower() for name in (
        "Get-ADUser New-ADUser Set-ADUser Remove-ADUser Get-ADGroup Get-ADGroupMember Add-ADGroupMember "
        "Remove-ADGroupMember Get-ADComputer Search-ADAccount Disable-ADAccount Enable-ADAccount Unlock-ADAccount "
        "Set-ADAccountPassword Get-ADOrganizationalUnit Move-ADObject Get-ADObject Remove-ADObject").split()),
    "scheduled_tasks": frozenset("register-scheduledtask unregister-scheduledtask get-scheduledtask schtasks".split()),
    "firewall": frozenset(
        "new-netfirewallrule set-netfirewallrule remove-netfirewallrule set-netfirewallprofile netsh".split()
    ),
    "event_logs": frozenset("get-winevent get-eventlog write-eventlog clear-eventlog new-winevent wevtutil".split()),
    "local_accounts": frozenset(
        "new-localuser set-localuser remove-localuser add-localgroupmember remove-localgroupmember net".split()
    ),
    "system": frozenset(
        "restart-computer stop-computer rename-computer add-computer set-executionpolicy set-mppreference "
        "add-mppreference install-windowsfeature enable-windowsoptionalfeature format-volume clear-disk "
        "initialize-disk bcdedit shutdown".split()
    ),
}
_AREA_OF: dict[str, tuple[str, ...]] = {}
for _area, _names in AREAS.items():
    for _name in _names:
        _AREA_OF[_name] = (*_AREA_OF.get(_name, ()), _area)

# Commands that need an elevated session in practice.
ADMIN_COMMANDS = frozenset(
    "set-service new-service remove-service set-mppreference add-mppreference register-scheduledtask "
    "install-windowsfeature enable-windowsoptionalfeature format-volume clear-disk initialize-disk stop-computer "
    "restart-computer new-localuser set-localuser remove-localuser add-localgroupmember new-netfirewallrule "
    "set-netfirewallprofile set-netfirewallrule enable-psremoting netsh bcdedit clear-eventlog new-eventlog "
    "write-eventlog set-executionpolicy rename-computer add-computer".split()
)


def destructive_operations(tree: ScriptTree) -> list[dict[str, Any]]:
    """Commands that delete data or take the machine down, with a weight used by the risk score."""
    return tree.cached("destructive_operations", lambda: _find_destructive(tree))


# Every command `_destructive` can judge destructive: most calls of a script are none of them.
_DESTRUCTIVE_CMDLETS = frozenset({
    "format-volume", "clear-disk", "initialize-disk", "format", "remove-item", "stop-computer", "restart-computer",
    "shutdown", "remove-aduser", "remove-adobject", "remove-adcomputer", "remove-adgroup", "remove-localuser",
    "clear-eventlog"})
_DESTRUCTIVE_PROGRAMS = frozenset({"wevtutil", "vssadmin", "cipher"})


def _find_destructive(tree: ScriptTree) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if not any(call.resolved_lower in _DESTRUCTIVE_CMDLETS or call.program in _DESTRUCTIVE_PROGRAMS
               for call, _ in command_spellings(tree)):
        return found  # no spelling of the script can be one (the usual case): no pass over every command
    for call in tree.commands():
        if call.resolved_lower not in _DESTRUCTIVE_CMDLETS and call.program not in _DESTRUCTIVE_PROGRAMS:
            continue
        weight, reason = _destructive(call)
        if weight:
            found.append({"command": call.name, "line": call.line, "reason": reason, "weight": weight})
    return found


# Every cmdlet and program `_destructive` weighs: any other command is passed over with two set lookups.
_DESTRUCTIVE_NAMES = frozenset(
    "format-volume clear-disk initialize-disk format remove-item stop-computer restart-computer shutdown remove-aduser "
    "remove-adobject remove-adcomputer remove-adgroup remove-localuser clear-eventlog".split()
)
_DESTRUCTIVE_PROGRAMS = frozenset({"wevtutil", "vssadmin", "cipher"})


def _destructive(call: Command) -> tuple[float, str]:
    name = call.resolved_lower
    if name not in _DESTRUCTIVE_NAMES and call.program not in _DESTRUCTIVE_PROGRAMS:
        return 0.0, ""
    if name in ("format-volume", "clear-disk", "initialize-disk", "format"):
        return 0.35, "erases a disk or volume"
    if name == "remove-item" and call.has_parameter("Recurse", prefix=3) and call.has_parameter("Force", prefix=2):
        return 0.15, "deletes files recursively without confirmation"
    if name in ("stop-computer", "restart-computer", "shutdown"):
        return 0.1, "shuts down or restarts the computer"
    if name in ("remove-aduser", "remove-adobject", "remove-adcomputer", "remove-adgroup", "remove-localuser"):
        return 0.15, "deletes accounts"
    if name == "clear-eventlog" or (call.program == "wevtutil" and call.mentions(b" cl")):
        return 0.15, "clears event logs"
    if call.program == "vssadmin" and call.mentions(b"delete"):
        return 0.3, "deletes volume shadow copies"
    if call.program == "cipher" and call.mentions(b"/w"):
        return 0.2, "wipes free disk space"
    return 0.0, ""


def execution_summary(tree: ScriptTree) -> dict[str, Any]:
    """The `execution_summary` column: areas touched, the commands doing it, and an admin-rights guess."""
    operations: dict[str, list[str]] = {area: [] for area in AREAS}
    external: list[str] = []
    external_seen: set[str] = set()  # the same programs as `external`, asked about for every command
    admin_reasons: list[str] = []
    spellings = command_spellings(tree)
    # Areas and programs depend on a command's name alone: once per spelling, in the order of first use.
    for call, _ in spellings:
        for area in _AREA_OF.get(call.resolved_lower, ()) or _AREA_OF.get(call.program, ()):
            if call.resolved not in operations[area]:
                operations[area].append(call.resolved)
        if "-" not in call.resolved and call.program not in external_seen and not call.is_dynamic and not call.is_alias:
            external.append(call.program)
            external_seen.add(call.program)
    # Admin reasons name each call's line (and read its text): command by command, when a spelling can give one.
    if any(_may_need_admin(call) for call, _ in spellings):
        for call in tree.commands():
            if (call.resolved_lower in ADMIN_COMMANDS or call.program in ADMIN_COMMANDS) and len(admin_reasons) < 10:
                reason = f"{call.resolved} (line {call.line})"
                if reason not in admin_reasons:
                    admin_reasons.append(reason)
            elif call.resolved_lower in AREAS["registry"] and call.mentions(b"hklm") and len(admin_reasons) < 10:
                admin_reasons.append(f"{call.resolved} writes HKLM (line {call.line})")
    if tree.mentions(b"webclient"):
        operations["network"].append("System.Net.WebClient")
    if not operations["registry"] and tree.mentions(b"hklm:", b"hkcu:", b"hkey_", b"registry::"):
        operations["registry"].append("registry provider paths")
    requires_admin = bool(admin_reasons) or any(flag == "runasadministrator" for _, flag, _ in tree.requires())
    if any(flag == "runasadministrator" for _, flag, _ in tree.requires()):
        admin_reasons.insert(0, "#Requires -RunAsAdministrator")
    functions = {f.name.lower() for f in tree.functions()}
    touches = [area for area, names in operations.items() if names]
    destructive = [{key: entry[key] for key in ("command", "line", "reason")} for entry in destructive_operations(tree)]
    return {
        "summary": _sentence(touches, requires_admin, bool(destructive)),
        "touches": touches,
        "operations": {area: names for area, names in operations.items() if names},
        "external_programs": sorted(p for p in external if p and p not in functions),
        "destructive_operations": destructive[:50],
        "requires_admin": requires_admin,
        "admin_reasons": admin_reasons,
        "writes_hklm": tree.mentions(b"hklm") and bool(operations["registry"]),
        "parse_errors": len(tree.error_regions()),
    }


def _may_need_admin(call: Command) -> bool:
    """Whether `execution_summary` can give an admin reason for a command spelled like `call`."""
    return (call.resolved_lower in ADMIN_COMMANDS or call.program in ADMIN_COMMANDS
            or call.resolved_lower in AREAS["registry"])


_AREA_WORDS = {
    "files": "files", "registry": "the registry", "network": "the network", "processes": "processes",
    "services": "services", "active_directory": "Active Directory", "scheduled_tasks": "scheduled tasks",
    "firewall": "the firewall", "event_logs": "event logs", "local_accounts": "local accounts",
    "system": "system settings",
}


def _sentence(touches: list[str], requires_admin: bool, destructive: bool) -> str:
    if not touches:
        text = "Touches no files, registry, network or services directly"
    else:
        words = [_AREA_WORDS[area] for area in touches]
        text = "Works with " + (words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1])
    if destructive:
        text += "; includes destructive operations"
    if requires_admin:
        text += "; likely needs administrator rights"
    return text + "."
