"""Descriptive columns: purpose, parameter docs, command details and Microsoft Learn references."""

from __future__ import annotations

import re
from typing import Any

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.commands import Command
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.spellings import command_spellings

# Commands that shape output or plumbing; they say nothing about what a script is for.
_PLUMBING = frozenset(name.lower() for name in (
    "Write-Host Write-Output Write-Verbose Write-Warning Write-Error Write-Debug Write-Information Write-Progress "
    "Out-Null Out-String Out-Host Out-Default Format-Table Format-List Format-Wide Select-Object Sort-Object "
    "Where-Object ForEach-Object Group-Object Measure-Object Tee-Object Import-Module Test-Path Join-Path Split-Path "
    "Resolve-Path Get-Date New-Object Start-Sleep Add-Member Get-Member New-TimeSpan Get-Variable Set-Variable "
    "Set-StrictMode Get-Location Set-Location Push-Location Pop-Location Read-Host Get-Random Get-Help "
    "Get-Command Get-Module Get-Credential Start-Transcript Stop-Transcript ConvertTo-SecureString Add-Type").split())
_VERBS = {
    "get": "gets", "set": "sets", "new": "creates", "remove": "removes", "copy": "copies", "backup": "backs up",
    "invoke": "invokes", "add": "adds", "clear": "clears", "register": "registers", "update": "updates",
    "install": "installs", "uninstall": "uninstalls", "search": "searches", "find": "finds", "restore": "restores",
}
_NOUNS = {
    "childitem": "files and folders", "item": "items", "itemproperty": "registry values", "content": "file content",
    "aduser": "Active Directory users", "adcomputer": "Active Directory computers",
    "adgroup": "Active Directory groups",
    "adgroupmember": "Active Directory group members", "adaccount": "Active Directory accounts",
    "ciminstance": "CIM data", "wmiobject": "WMI data", "winevent": "event log entries",
    "eventlog": "event log entries",
    "scheduledtask": "scheduled tasks", "netfirewallrule": "firewall rules", "localuser": "local users",
    "localgroupmember": "local group members", "acl": "permissions", "webrequest": "web content",
    "restmethod": "a REST API", "computer": "the computer", "filehash": "file hashes", "process": "processes",
    "service": "services", "disk": "disks", "volume": "volumes", "psdrive": "drives", "hotfix": "installed updates",
    "mppreference": "Microsoft Defender settings", "executionpolicy": "the execution policy",
    "bitstransfer": "files with BITS", "mailmessage": "email", "command": "commands", "pssession": "remote sessions",
    "expression": "dynamic code", "archive": "archives", "location": "the current location",
}
_EXPORTS = {
    "export-csv": "exports them to CSV", "export-clixml": "exports them to XML", "out-file": "writes them to a file",
    "convertto-json": "converts them to JSON", "convertto-html": "renders them as HTML",
    "send-mailmessage": "sends email", "compress-archive": "compresses them into an archive",
}
MAX_PURPOSE_ACTIONS = 3


def purpose(tree: ScriptTree) -> str:
    """Synopsis (or description) from the script's help, else a sentence derived from its commands."""
    help_ = tree.script_help()
    if help_ is not None and (help_.synopsis or help_.description):
        return help_.synopsis or help_.description
    functions = {function.name.lower() for function in tree.functions()}
    actions: list[str] = []
    judged: set[tuple[str, bool]] = set()  # what _action depends on: each command judged once, not each call
    for call in tree.commands():
        if (call.resolved, call.from_tokens) in judged:
            continue
        judged.add((call.resolved, call.from_tokens))
        phrase = _action(call, functions)
        if phrase and phrase not in actions:
            actions.append(phrase)
        if len(actions) == MAX_PURPOSE_ACTIONS:
            break
    if actions:
        sentence = actions[0] if len(actions) == 1 else ", ".join(actions[:-1]) + " and " + actions[-1]
        return sentence[0].upper() + sentence[1:] + "."
    if tree.functions():
        names = [function.name for function in tree.functions()[:MAX_PURPOSE_ACTIONS]]
        return "Defines " + ("function " if len(names) == 1 else "functions ") + ", ".join(names) + "."
    return "Runs no commands." if tree.text.strip() else "Empty script."


def _action(call: Command, functions: set[str]) -> str | None:
    name = call.resolved_lower
    if name in _EXPORTS:
        return _EXPORTS[name]
    if name in _PLUMBING or name in functions or "-" not in call.resolved or call.from_tokens:
        return None
    verb, noun = call.resolved.split("-", 1)
    verb_text = _VERBS.get(verb.lower(), verb.lower() + ("es" if verb.lower().endswith(("s", "sh", "ch")) else "s"))
    noun_text = _NOUNS.get(noun.lower())
    if noun_text is None:
        words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", noun).lower()
        noun_text = words if words.endswith("s") else words + "s"
    return f"{verb_text} {noun_text}"


def parameter_docs(tree: ScriptTree) -> list[dict[str, Any]]:
    """One entry per declared script or function parameter, with help from `.PARAMETER` or HelpMessage.

    `pipeline_input` is "ByValue", "ByPropertyName", "ByValue, ByPropertyName" or None, the way
    Get-Help shows it.
    """
    helps = {function.name: function.help for function in tree.functions() if function.help is not None}
    script_help = tree.script_help()
    docs = []
    for parameter in tree.parameters():
        help_ = script_help if parameter.owner is None else helps.get(parameter.owner)
        text = help_.parameters.get(parameter.name.lower(), "") if help_ is not None else ""
        pipeline = [label for label, flag in (("ByValue", parameter.from_pipeline),
                                              ("ByPropertyName", parameter.from_pipeline_by_property_name)) if flag]
        docs.append({
            "name": parameter.name,
            "function": parameter.owner,
            "type": parameter.type_name or "object",
            "mandatory": parameter.mandatory,
            "default": parameter.default,
            "pipeline_input": ", ".join(pipeline) or None,
            "help": text or parameter.help_message or "",
            "line": parameter.line,
        })
    return docs


def command_details(tree: ScriptTree) -> list[dict[str, Any]]:
    """Every command called, grouped by the cmdlet it resolves to, in order of first use."""
    functions = {function.name.lower() for function in tree.functions()}
    grouped: dict[str, dict[str, Any]] = {}
    # A spelling's commands all resolve alike: its first one opens its group if none of an earlier spelling did.
    for call, count in command_spellings(tree):
        if call.is_dynamic:
            continue
        entry = grouped.get(call.resolved_lower)
        if entry is None:
            verb = call.verb
            entry = grouped[call.resolved_lower] = {
                "name": call.name,
                "resolved": call.resolved,
                "count": 0,
                "module": aliases.module_of(call.resolved),
                "approved_verb": aliases.is_approved_verb(verb) if verb else None,
                "first_line": call.line,
                "written_as": [],
                "is_alias": False,
                "defined_in_script": call.resolved_lower in functions,
            }
        entry["count"] += count
        if call.name not in entry["written_as"]:
            # Only a new spelling can be an alias the entry has not seen yet.
            entry["written_as"].append(call.name)
            entry["is_alias"] = entry["is_alias"] or call.is_alias
    return list(grouped.values())


def ms_docs_references(tree: ScriptTree) -> list[dict[str, Any]]:
    """learn.microsoft.com pages of the built-in cmdlets the script uses."""
    references: dict[str, dict[str, Any]] = {}
    for call, _ in command_spellings(tree):
        if call.resolved_lower in references:
            continue
        url = aliases.docs_url(call.resolved)
        if url is not None:
            references[call.resolved_lower] = {"cmdlet": call.resolved, "module": aliases.module_of(call.resolved),
                                               "url": url}
    return list(references.values())
