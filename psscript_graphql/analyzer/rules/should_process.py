"""PSShouldProcess (PSScriptAnalyzer's UseShouldProcessCorrectly): SupportsShouldProcess and ShouldProcess
go together.

PSScriptAnalyzer builds a call graph of the script's functions and asks, per function:

- it declares `SupportsShouldProcess` (omitted value or `$true`) but reaches neither a
  `.ShouldProcess(…)` call nor a command that itself supports ShouldProcess (`Remove-Item`, `Set-Content`,
  `Out-File`, … — it asks `Get-Command` in its own session; here a table of the cmdlets PowerShell ships)
  through the functions it calls → reported at the `SupportsShouldProcess` argument;
- it calls `.ShouldProcess(…)` itself without declaring it → reported at the `ShouldProcess` member,
  unless it is a nested function that a declaring function calls (a helper of that function).

`ShouldContinue` does not count, and aliases do not either (`Get-Command rm` is an alias, not a cmdlet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import FunctionDef, Span
from psscript_graphql.analyzer.parse import ScriptTree

# Cmdlets of the modules PowerShell ships (5.1 and 7) whose CmdletAttribute sets SupportsShouldProcess.
SHOULD_PROCESS_CMDLETS = frozenset(name.lower() for name in (
    # Microsoft.PowerShell.Management
    "Add-Content Clear-Content Clear-Item Clear-ItemProperty Clear-RecycleBin Copy-Item Copy-ItemProperty "
    "Invoke-Item Move-Item Move-ItemProperty New-Item New-ItemProperty New-PSDrive Remove-Item "
    "Remove-ItemProperty Remove-PSDrive Rename-Item Rename-ItemProperty Set-Content Set-Item Set-ItemProperty "
    "Set-Clipboard New-Service Remove-Service Restart-Service Resume-Service Set-Service Start-Service "
    "Stop-Service Suspend-Service Start-Process Stop-Process Debug-Process Restart-Computer Stop-Computer "
    "Rename-Computer Add-Computer Remove-Computer Restore-Computer Enable-ComputerRestore "
    "Disable-ComputerRestore Reset-ComputerMachinePassword Test-ComputerSecureChannel Set-TimeZone "
    "Clear-EventLog Limit-EventLog Remove-EventLog Invoke-WmiMethod Remove-WmiObject Set-WmiInstance "
    # Microsoft.PowerShell.Utility
    "Clear-Variable New-Variable Remove-Variable Set-Variable New-Alias Set-Alias Export-Alias Import-Alias "
    "Export-Clixml Export-Csv Out-File Set-Date Update-FormatData Update-TypeData Remove-TypeData Remove-Event "
    "Unregister-Event Remove-PSBreakpoint Disable-PSBreakpoint Enable-PSBreakpoint New-TemporaryFile "
    # Microsoft.PowerShell.Core
    "Remove-Job Stop-Job Suspend-Job Resume-Job Remove-PSSession Disconnect-PSSession Connect-PSSession "
    "Receive-PSSession Enable-PSRemoting Disable-PSRemoting Enable-PSSessionConfiguration "
    "Disable-PSSessionConfiguration Register-PSSessionConfiguration Unregister-PSSessionConfiguration "
    "Set-PSSessionConfiguration Remove-Module Update-Help Save-Help Remove-PSSnapin Clear-History "
    "New-ModuleManifest "
    # Microsoft.PowerShell.Security, CimCmdlets, Archive, LocalAccounts, PowerShellGet, PackageManagement
    "Set-Acl Set-AuthenticodeSignature Set-ExecutionPolicy New-FileCatalog "
    "New-CimInstance Remove-CimInstance Set-CimInstance Invoke-CimMethod Remove-CimSession "
    "Compress-Archive Expand-Archive "
    "New-LocalUser Set-LocalUser Remove-LocalUser Rename-LocalUser Enable-LocalUser Disable-LocalUser "
    "New-LocalGroup Set-LocalGroup Remove-LocalGroup Rename-LocalGroup Add-LocalGroupMember "
    "Remove-LocalGroupMember "
    "Install-Module Uninstall-Module Update-Module Save-Module Publish-Module Install-Script Uninstall-Script "
    "Update-Script Save-Script Publish-Script Install-Package Uninstall-Package Install-PackageProvider "
    "Register-PackageSource Unregister-PackageSource Set-PackageSource "
    # Windows modules an administrator's PSScriptAnalyzer session has (RSAT ActiveDirectory, SmbShare,
    # DFSN, NetSecurity, Hyper-V, Storage, ServerManager); their state-changing commands support -WhatIf.
    "New-ADUser Set-ADUser Remove-ADUser New-ADGroup Set-ADGroup Remove-ADGroup New-ADComputer Set-ADComputer "
    "Remove-ADComputer New-ADOrganizationalUnit Set-ADOrganizationalUnit Remove-ADOrganizationalUnit "
    "Set-ADObject Remove-ADObject Move-ADObject Rename-ADObject Restore-ADObject Add-ADGroupMember "
    "Remove-ADGroupMember Add-ADPrincipalGroupMembership Remove-ADPrincipalGroupMembership Enable-ADAccount "
    "Disable-ADAccount Unlock-ADAccount Set-ADAccountPassword Set-ADAccountExpiration Clear-ADAccountExpiration "
    "Set-ADAccountControl New-ADServiceAccount Set-ADServiceAccount Remove-ADServiceAccount "
    "New-SmbShare Set-SmbShare Remove-SmbShare Grant-SmbShareAccess Revoke-SmbShareAccess Block-SmbShareAccess "
    "Unblock-SmbShareAccess New-DfsnFolder Remove-DfsnFolder New-DfsnFolderTarget Remove-DfsnFolderTarget "
    "Set-DfsnFolderTarget New-NetFirewallRule Set-NetFirewallRule Remove-NetFirewallRule Enable-NetFirewallRule "
    "Disable-NetFirewallRule Set-NetFirewallProfile New-VM Remove-VM Start-VM Stop-VM Restart-VM Suspend-VM "
    "Checkpoint-VM Remove-VMSnapshot Set-VM Clear-Disk Initialize-Disk New-Partition Remove-Partition "
    "Format-Volume Install-WindowsFeature Uninstall-WindowsFeature"
).split())

_CMDLET_BINDING = re.compile(rb"(?i)\[\s*CmdletBinding\s*\(")
_SUPPORTS_SHOULD_PROCESS = re.compile(rb"(?i)\bSupportsShouldProcess\b")
_SHOULD_PROCESS_MEMBER = re.compile(rb"(?i)ShouldProcess")


def _command_name(program: str) -> str:
    """`Microsoft.PowerShell.Management\\Remove-Item` → `remove-item` (Get-Command resolves the module name)."""
    return program.rsplit("\\", 1)[-1]


class _CallGraph:
    """Functions, the names each one calls (commands and methods), and what reaches ShouldProcess."""

    def __init__(self, tree: ScriptTree) -> None:
        self.functions = {f.name.lower(): f for f in tree.functions()}  # a later definition wins, as in PSSA
        self.calls: dict[str, set[str]] = {}
        self.should_process_calls: dict[str, Span] = {}  # function → its first own .ShouldProcess member
        for call in tree.commands():
            owner = tree.function_at(call.start)
            if owner is not None:
                self.calls.setdefault(owner.name.lower(), set()).add(_command_name(call.program))
        for member in tree.member_invocations():
            if member.name.lower() != "shouldprocess":
                continue
            owner = tree.function_at(member.start)
            if owner is not None and owner.name.lower() not in self.should_process_calls:
                found = _SHOULD_PROCESS_MEMBER.search(tree.source, member.start, member.end)
                start = found.start() if found else member.start
                self.should_process_calls[owner.name.lower()] = Span(start=start, end=member.end, tree=tree)
        self.reaching = self._reaching_should_process()

    def _satisfies(self, name: str) -> bool:
        """Calls ShouldProcess itself, or calls a shipped cmdlet that supports it (a name the script does not
        define as a function that calls something: PSSA only asks Get-Command about leaf names)."""
        if name in self.should_process_calls:
            return True
        return any(callee in SHOULD_PROCESS_CMDLETS and not self.calls.get(callee)
                   for callee in self.calls.get(name, ()))

    def _reaching_should_process(self) -> set[str]:
        reached = {name for name in self.calls.keys() | self.should_process_calls.keys() if self._satisfies(name)}
        changed = True
        while changed:  # a fixed point over the call graph
            changed = False
            for caller, callees in self.calls.items():
                if caller not in reached and callees & reached:
                    reached.add(caller)
                    changed = True
        return reached

    def reaches(self, start: str, goal: str) -> bool:
        seen, stack = {start}, [start]
        while stack:
            for callee in self.calls.get(stack.pop(), ()):
                if callee == goal:
                    return True
                if callee not in seen:
                    seen.add(callee)
                    stack.append(callee)
        return False


def _is_nested(tree: ScriptTree, function: FunctionDef) -> bool:
    return any(other is not function and other.start < function.start < other.end for other in tree.functions())


def _supports_should_process_argument(tree: ScriptTree, function: FunctionDef) -> Span:
    """The `SupportsShouldProcess` argument of the function's [CmdletBinding()], where PSSA reports."""
    binding = _CMDLET_BINDING.search(tree.source, function.body_start, function.end)
    if binding is not None:
        argument = _SUPPORTS_SHOULD_PROCESS.search(tree.source, binding.end(), function.end)
        if argument is not None:
            return Span(start=argument.start(), end=argument.end(), tree=tree)
    return function


def should_process(tree: ScriptTree) -> Iterator[Finding]:
    """PSShouldProcess: SupportsShouldProcess and calls to ShouldProcess go together."""
    if not tree.mentions(b"shouldprocess"):
        return
    graph = _CallGraph(tree)
    for name, function in graph.functions.items():
        if function.supports_should_process:
            if name not in graph.reaching:
                yield Finding.at(_supports_should_process_argument(tree, function), rule="PSShouldProcess",
                                 severity=Severity.WARNING,
                                 message=f"{function.name} declares SupportsShouldProcess but never calls "
                                         "ShouldProcess.",
                                 hint="Wrap the state change in if ($PSCmdlet.ShouldProcess(…)) { … }.",
                                 category=Category.BEST_PRACTICE)
            continue
        member = graph.should_process_calls.get(name)
        if member is None:
            continue
        if _is_nested(tree, function) and any(
            other.supports_should_process and graph.reaches(other_name, name)
            for other_name, other in graph.functions.items() if other_name != name
        ):
            continue  # a helper of a function that declares SupportsShouldProcess
        yield Finding.at(member, rule="PSShouldProcess", severity=Severity.WARNING,
                         message=f"{function.name} calls ShouldProcess without declaring SupportsShouldProcess.",
                         hint="Add [CmdletBinding(SupportsShouldProcess)].", category=Category.BEST_PRACTICE)


RULES = (should_process,)
