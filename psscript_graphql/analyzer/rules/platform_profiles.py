"""PSUseCompatibleTypes and PSUseCompatibleCmdlets over a compact profile shipped with the analyzer.

PSScriptAnalyzer judges types and cmdlets against platform profiles it ships (one JSON file per
PowerShell version and OS, several megabytes each). The analyzer ships the part of those
profiles that differs between the platforms people actually move scripts between: Windows
PowerShell 5.1, PowerShell 7 on Windows, and PowerShell 7 on Linux and macOS.

- PSUseCompatibleTypes (on, information, like the other compatibility notes): .NET types a
  script names (`[Type]`, `[Type]::Member`, `New-Object Type`) that one edition does not
  have: .NET Framework-only types PowerShell 7 (.NET) lacks, and types PowerShell 7 added.
- PSUseCompatibleCmdlets (off by default, warning, as PSScriptAnalyzer has it): commands
  missing from one of the shipped targets — `desktop-5.1-windows` (cmdlets PowerShell 6/7
  added) and `core-7-linux-macos` (cmdlets PowerShell 7 removed, and those it has on Windows
  only). PSUseCompatibleCommands already reports the Windows PowerShell/PowerShell 7 split by
  default; this rule adds the Linux and macOS target.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.compatibility import PS7_CMDLETS, WINDOWS_ONLY_CMDLETS
from psscript_graphql.analyzer.rules.registry import opt_in

COMPATIBILITY = Category.COMPATIBILITY

# .NET Framework types (or namespaces, ending in ".") that .NET, and so PowerShell 7, does not have.
FRAMEWORK_ONLY_TYPES: dict[str, str] = {
    "system.web.script.serialization.": "System.Web.Extensions (JavaScriptSerializer): use ConvertTo-Json",
    "system.web.security.": "System.Web's membership API (Membership.GeneratePassword)",
    "system.web.mail.": "System.Web.Mail: use an SMTP library",
    "system.web.ui.": "ASP.NET Web Forms",
    "system.enterpriseservices.": "System.EnterpriseServices (COM+)",
    "system.runtime.remoting.": ".NET Remoting",
    "system.data.oracleclient.": "System.Data.OracleClient",
    "system.workflow.": "Windows Workflow Foundation",
    "system.activities.": "Windows Workflow Foundation",
    "system.configuration.install.": "System.Configuration.Install (installer classes)",
    "system.deployment.application.": "ClickOnce deployment",
    # System.IdentityModel.dll (not System.IdentityModel.Tokens.Jwt, a NuGet package that works everywhere).
    "system.identitymodel.tokens.kerberosrequestorsecuritytoken": "System.IdentityModel's Kerberos tokens",
}
# Types PowerShell 6/7 (or .NET Core) added, which Windows PowerShell 5.1 cannot resolve.
CORE_ONLY_TYPES: dict[str, str] = {
    "semver": "[semver] (System.Management.Automation.SemanticVersion), added in PowerShell 6.0",
    "system.management.automation.semanticversion": "SemanticVersion, added in PowerShell 6.0",
    "management.automation.semanticversion": "SemanticVersion, added in PowerShell 6.0",
    "system.text.json.": "System.Text.Json, part of .NET Core 3.0 and later",
    "system.hashcode": "System.HashCode, part of .NET Core 2.1 and later",
    "system.range": "System.Range, part of .NET Core 3.0 and later",
    "system.index": "System.Index, part of .NET Core 3.0 and later",
    "system.text.rune": "System.Text.Rune, part of .NET Core 3.0 and later",
    "system.threading.channels.": "System.Threading.Channels, part of .NET Core 3.0 and later",
    "system.net.http.socketshttphandler": "SocketsHttpHandler, part of .NET Core 2.1 and later",
    "system.half": "System.Half, part of .NET 5 and later",
    "system.collections.generic.priorityqueue": "PriorityQueue, part of .NET 6 (PowerShell 7.2) and later",
    "system.dateonly": "System.DateOnly, part of .NET 6 (PowerShell 7.2) and later",
    "system.timeonly": "System.TimeOnly, part of .NET 6 (PowerShell 7.2) and later",
    "system.threading.periodictimer": "PeriodicTimer, part of .NET 6 (PowerShell 7.2) and later",
}
# Cmdlets PowerShell 7 has on Windows only (on Linux and macOS they do not exist).
WINDOWS_ONLY_IN_POWERSHELL_7 = frozenset(
    "get-service start-service stop-service restart-service set-service new-service remove-service suspend-service "
    "resume-service get-hotfix get-counter get-winevent new-winevent get-acl set-acl get-authenticodesignature "
    "set-authenticodesignature get-ciminstance get-cimclass get-cimsession new-cimsession remove-cimsession "
    "invoke-cimmethod new-ciminstance remove-ciminstance set-ciminstance get-cimassociatedinstance "
    "register-cimindicationevent new-cimsessionoption out-gridview show-command get-computerinfo rename-computer "
    "enable-psremoting disable-psremoting register-pssessionconfiguration unregister-pssessionconfiguration "
    "get-pssessionconfiguration set-pssessionconfiguration enable-pssessionconfiguration "
    "disable-pssessionconfiguration connect-pssession disconnect-pssession receive-pssession "
    "clear-recyclebin set-timezone convertfrom-securestring new-pssessionconfigurationfile "
    "test-pssessionconfigurationfile get-wsmaninstance set-wsmaninstance connect-wsman test-wsman "
    "invoke-wsmanaction".split()
) - {"convertfrom-securestring"}  # present everywhere; kept out of the list above on purpose
POWERSHELL_7_REMOVED = frozenset(WINDOWS_ONLY_CMDLETS) | {"add-computer", "remove-computer"}


def _bare(name: str) -> str:
    """Lower case without `System.` (PowerShell resolves `[Text.Json.JsonSerializer]` too)."""
    name = name.lower()
    return name[len("system."):] if name.startswith("system.") else name


_FRAMEWORK_ONLY = {_bare(key): note for key, note in FRAMEWORK_ONLY_TYPES.items()}
_CORE_ONLY = {_bare(key): note for key, note in CORE_ONLY_TYPES.items()}
# Text every listed type name contains: a script without any of it is not looked at further
# (a 190 kB `[char]` payload has 20,000 type literals, none of them interesting).
_NEEDLES = tuple(key.rstrip(".").encode() for key in (*_FRAMEWORK_ONLY, *_CORE_ONLY))


def _type_name(text: str) -> str:
    """`[System.Web.Security.Membership]` → `System.Web.Security.Membership` (generics and arrays dropped)."""
    return text.strip().strip("[]").split("[", 1)[0].split("`", 1)[0].strip()


def _match(name: str, table: dict[str, str]) -> str | None:
    bare = _bare(name)
    if bare in table:
        return table[bare]
    for key, note in table.items():
        if key.endswith(".") and (bare.startswith(key) or bare == key[:-1]):
            return note
    return None


def _named_types(tree: ScriptTree) -> Iterator[tuple[str, Any]]:
    for literal in tree.type_literals():
        yield _type_name(literal.name), literal
    for call in tree.commands_named("New-Object"):
        type_name = call.value_of("TypeName", prefix=1, position=0)
        if type_name is not None and type_name.is_constant:
            yield _type_name(type_name.value), call


def use_compatible_types(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseCompatibleTypes: a .NET type one PowerShell edition does not have."""
    if not tree.mentions(*_NEEDLES):
        return
    seen: set[tuple[int, str]] = set()
    verdicts: dict[str, tuple[str | None, str | None]] = {}
    for name, where in _named_types(tree):
        verdict = verdicts.get(name)
        if verdict is None:
            verdict = verdicts[name] = (_match(name, _FRAMEWORK_ONLY), _match(name, _CORE_ONLY))
        framework, core = verdict
        if (framework is None and core is None) or (where.line, name.lower()) in seen:
            continue
        seen.add((where.line, name.lower()))
        detail = "PSCompatibilityWindowsPowerShellType" if framework else "PSCompatibilityPowerShell7Type"
        message = (f"The type {name} is not available in PowerShell 7 ({framework})." if framework
                   else f"The type {name} is not available in Windows PowerShell 5.1 ({core}).")
        yield Finding.at(where, rule="PSUseCompatibleTypes", severity=Severity.INFORMATION, message=message,
                         hint="Requires Windows PowerShell 5.1." if framework else "Requires PowerShell 7+.",
                         category=COMPATIBILITY, detail=detail)


@opt_in("PSUseCompatibleCmdlets")
def use_compatible_cmdlets(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseCompatibleCmdlets: a command missing from a shipped target platform (Windows PowerShell 5.1 on
    Windows; PowerShell 7 on Linux and macOS)."""
    for call in tree.commands():
        if call.invocation_operator:
            continue
        name = call.resolved_lower
        if name in PS7_CMDLETS:
            target = "desktop-5.1-windows"
            why = f"{call.resolved} was added in PowerShell {PS7_CMDLETS[name]}"
        elif name in POWERSHELL_7_REMOVED:
            target = "core-7-linux-macos"
            why = f"{call.resolved} is not in PowerShell 7 on any platform"
        elif name in WINDOWS_ONLY_IN_POWERSHELL_7:
            target = "core-7-linux-macos"
            why = f"{call.resolved} exists in PowerShell 7 on Windows only"
        else:
            continue
        yield Finding.at(call, rule="PSUseCompatibleCmdlets", severity=Severity.WARNING,
                         message=f"'{call.name}' is not available on the target platform {target}: {why}.",
                         hint="Use a command every target has, or guard the call with a platform check.",
                         category=COMPATIBILITY)


RULES = (use_compatible_types, use_compatible_cmdlets)
