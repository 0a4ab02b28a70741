"""Built-in knowledge about PowerShell names: aliases, the module of common cmdlets, approved verbs.

The alias table is Windows PowerShell 5.1's built-in set (a superset of PowerShell 7's on
Windows); `WINDOWS_POWERSHELL_ONLY_ALIASES` and `NATIVE_ON_UNIX_ALIASES` say where an alias
means something else or nothing at all.
"""

from __future__ import annotations

import re

ALIASES: dict[str, str] = {
    "%": "ForEach-Object", "?": "Where-Object", "ac": "Add-Content", "asnp": "Add-PSSnapin",
    "cat": "Get-Content", "cd": "Set-Location", "chdir": "Set-Location", "clc": "Clear-Content",
    "clear": "Clear-Host", "clhy": "Clear-History", "cli": "Clear-Item", "clp": "Clear-ItemProperty",
    "cls": "Clear-Host", "clv": "Clear-Variable", "cnsn": "Connect-PSSession", "compare": "Compare-Object",
    "copy": "Copy-Item", "cp": "Copy-Item", "cpi": "Copy-Item", "cpp": "Copy-ItemProperty",
    "curl": "Invoke-WebRequest", "cvpa": "Convert-Path", "dbp": "Disable-PSBreakpoint", "del": "Remove-Item",
    "diff": "Compare-Object", "dir": "Get-ChildItem", "dnsn": "Disconnect-PSSession",
    "ebp": "Enable-PSBreakpoint", "echo": "Write-Output", "epal": "Export-Alias", "epcsv": "Export-Csv",
    "epsn": "Export-PSSession", "erase": "Remove-Item", "etsn": "Enter-PSSession", "exsn": "Exit-PSSession",
    "fc": "Format-Custom", "fhx": "Format-Hex", "fl": "Format-List", "foreach": "ForEach-Object",
    "ft": "Format-Table", "fw": "Format-Wide", "gal": "Get-Alias", "gbp": "Get-PSBreakpoint",
    "gc": "Get-Content", "gcb": "Get-Clipboard", "gci": "Get-ChildItem", "gcm": "Get-Command",
    "gcs": "Get-PSCallStack", "gdr": "Get-PSDrive", "ghy": "Get-History", "gi": "Get-Item",
    "gin": "Get-ComputerInfo", "gjb": "Get-Job", "gl": "Get-Location", "gm": "Get-Member",
    "gmo": "Get-Module", "gp": "Get-ItemProperty", "gps": "Get-Process", "gpv": "Get-ItemPropertyValue",
    "group": "Group-Object", "gsn": "Get-PSSession", "gsnp": "Get-PSSnapin", "gsv": "Get-Service",
    "gtz": "Get-TimeZone", "gu": "Get-Unique", "gv": "Get-Variable", "gwmi": "Get-WmiObject",
    "h": "Get-History", "history": "Get-History", "icm": "Invoke-Command", "iex": "Invoke-Expression",
    "ihy": "Invoke-History", "ii": "Invoke-Item", "ipal": "Import-Alias", "ipcsv": "Import-Csv",
    "ipmo": "Import-Module", "ipsn": "Import-PSSession", "irm": "Invoke-RestMethod",
    "iwmi": "Invoke-WmiMethod", "iwr": "Invoke-WebRequest", "kill": "Stop-Process", "lp": "Out-Printer",
    "ls": "Get-ChildItem", "measure": "Measure-Object", "mi": "Move-Item", "mount": "New-PSDrive",
    "move": "Move-Item", "mp": "Move-ItemProperty", "mv": "Move-Item", "nal": "New-Alias",
    "ndr": "New-PSDrive", "ni": "New-Item", "nmo": "New-Module", "nsn": "New-PSSession",
    "nv": "New-Variable", "ogv": "Out-GridView", "oh": "Out-Host", "popd": "Pop-Location",
    "ps": "Get-Process", "pushd": "Push-Location", "pwd": "Get-Location", "r": "Invoke-History",
    "rbp": "Remove-PSBreakpoint", "rcjb": "Receive-Job", "rcsn": "Receive-PSSession", "rd": "Remove-Item",
    "rdr": "Remove-PSDrive", "ren": "Rename-Item", "ri": "Remove-Item", "rjb": "Remove-Job",
    "rm": "Remove-Item", "rmdir": "Remove-Item", "rmo": "Remove-Module", "rni": "Rename-Item",
    "rnp": "Rename-ItemProperty", "rp": "Remove-ItemProperty", "rsn": "Remove-PSSession",
    "rsnp": "Remove-PSSnapin", "rujb": "Resume-Job", "rv": "Remove-Variable", "rvpa": "Resolve-Path",
    "rwmi": "Remove-WmiObject", "sajb": "Start-Job", "sal": "Set-Alias", "saps": "Start-Process",
    "sasv": "Start-Service", "sbp": "Set-PSBreakpoint", "sc": "Set-Content", "scb": "Set-Clipboard",
    "select": "Select-Object", "set": "Set-Variable", "shcm": "Show-Command", "si": "Set-Item",
    "sl": "Set-Location", "sleep": "Start-Sleep", "sls": "Select-String", "sort": "Sort-Object",
    "sp": "Set-ItemProperty", "spjb": "Stop-Job", "spps": "Stop-Process", "spsv": "Stop-Service",
    "start": "Start-Process", "stz": "Set-TimeZone", "sujb": "Suspend-Job", "sv": "Set-Variable",
    "swmi": "Set-WmiInstance", "tee": "Tee-Object", "trcm": "Trace-Command", "type": "Get-Content",
    "wget": "Invoke-WebRequest", "where": "Where-Object", "wjb": "Wait-Job", "write": "Write-Output",
}

# A bare noun runs its Get- cmdlet when no command has that name (`service` is Get-Service, `date` Get-Date):
# PSScriptAnalyzer reports these as aliases. The nouns of Windows PowerShell 5.1's and PowerShell 7's shipped
# Get- cmdlets, less those that name a command of their own on Windows (`help` is a function, `history` an
# alias) and `process`, which PSScriptAnalyzer reports as a misplaced process block instead.
_IMPLICIT_GET_CMDLETS = (
    "Acl", "Alias", "AuthenticodeSignature", "ChildItem", "CimInstance", "CimClass", "CimSession", "Clipboard",
    "CmsMessage", "Command", "ComputerInfo", "ComputerRestorePoint", "Content", "Counter", "Credential", "Culture",
    "Date", "Error", "Event", "EventLog", "EventSubscriber", "ExecutionPolicy", "FileHash", "FormatData", "Host",
    "HotFix", "Item", "ItemProperty", "ItemPropertyValue", "Job", "Location", "Member", "Module", "PfxCertificate",
    "PSBreakpoint", "PSCallStack", "PSDrive", "PSHostProcessInfo", "PSProvider", "PSSession",
    "PSSessionConfiguration", "PSSnapin", "Random", "Runspace", "RunspaceDebug", "Service", "TimeZone",
    "TraceSource", "TypeData", "UICulture", "Unique", "Uptime", "Variable", "Verb", "WinEvent", "WmiObject",
)
IMPLICIT_GET: dict[str, str] = {noun.lower(): f"Get-{noun}" for noun in _IMPLICIT_GET_CMDLETS}


# Gone in PowerShell 6+: curl/wget now run the native tools, sc is sc.exe, the WMI/snap-in
# aliases went with their cmdlets.
WINDOWS_POWERSHELL_ONLY_ALIASES = frozenset(
    {"curl", "wget", "sc", "gwmi", "iwmi", "rwmi", "swmi", "asnp", "gsnp", "rsnp", "lp", "ogv"}
)
# On Linux and macOS PowerShell 7 these names run the native programs instead.
NATIVE_ON_UNIX_ALIASES = frozenset(
    {"ls", "cp", "mv", "rm", "cat", "man", "mount", "ps", "sort", "diff", "tee", "kill", "sleep", "rmdir", "clear"}
)

_MODULE_CMDLETS: dict[str, str] = {
    "Microsoft.PowerShell.Management": (
        "Add-Content Clear-Content Clear-Item Clear-ItemProperty Clear-RecycleBin Convert-Path Copy-Item "
        "Copy-ItemProperty Get-ChildItem Get-Clipboard Get-ComputerInfo Get-Content Get-HotFix Get-Item "
        "Get-ItemProperty Get-ItemPropertyValue Get-Location Get-Process Get-PSDrive Get-PSProvider Get-Service "
        "Get-TimeZone Invoke-Item Join-Path Move-Item Move-ItemProperty New-Item New-ItemProperty New-PSDrive "
        "New-Service Pop-Location Push-Location Remove-Item Remove-ItemProperty Remove-PSDrive Remove-Service "
        "Rename-Computer Rename-Item Rename-ItemProperty Resolve-Path Restart-Computer Restart-Service "
        "Resume-Service Set-Clipboard Set-Content Set-Item Set-ItemProperty Set-Location Set-Service "
        "Set-TimeZone Split-Path Start-Process Start-Service Stop-Computer Stop-Process Stop-Service "
        "Suspend-Service Test-Connection Test-Path Wait-Process Add-Computer Remove-Computer "
        "Get-WmiObject Invoke-WmiMethod Set-WmiInstance Remove-WmiObject Register-WmiEvent Get-EventLog "
        "Clear-EventLog Write-EventLog New-EventLog Remove-EventLog Limit-EventLog Show-EventLog "
        "New-WebServiceProxy Checkpoint-Computer Restore-Computer Get-ComputerRestorePoint"
    ),
    "Microsoft.PowerShell.Utility": (
        "Add-Member Add-Type Clear-Variable Compare-Object ConvertFrom-Csv ConvertFrom-Json "
        "ConvertFrom-StringData ConvertTo-Csv ConvertTo-Html ConvertTo-Json ConvertTo-Xml Export-Alias "
        "Export-Clixml Export-Csv Format-Custom Format-Hex Format-List Format-Table Format-Wide Get-Alias "
        "Get-Culture Get-Date Get-Error Get-FileHash Get-Host Get-Member Get-Random Get-Unique Get-Uptime "
        "Get-Variable Get-Verb Group-Object Import-Alias Import-Clixml Import-Csv Invoke-Expression "
        "Invoke-RestMethod Invoke-WebRequest Join-String Measure-Command Measure-Object New-Alias New-Guid "
        "New-Object New-TimeSpan New-Variable Out-File Out-GridView Out-Printer Out-String Read-Host "
        "Register-EngineEvent Register-ObjectEvent Remove-Variable Select-Object Select-String Select-Xml "
        "Send-MailMessage Set-Alias Set-Date Set-Variable Sort-Object Start-Sleep Tee-Object Test-Json "
        "Trace-Command Unblock-File Update-FormatData Update-TypeData Wait-Event Write-Debug Write-Error "
        "Write-Host Write-Information Write-Output Write-Progress Write-Verbose Write-Warning Get-Event "
        "Remove-Event Get-PSBreakpoint Set-PSBreakpoint Remove-PSBreakpoint Get-PSCallStack Show-Command "
        "Disable-PSBreakpoint Enable-PSBreakpoint"
    ),
    "Microsoft.PowerShell.Core": (
        "Add-PSSnapin Clear-Host Connect-PSSession Disconnect-PSSession Enable-PSRemoting Enter-PSSession "
        "Exit-PSSession Export-Console Export-ModuleMember ForEach-Object Get-Command Get-Help Get-History "
        "Get-Job Get-Module Get-PSSession Get-PSSnapin Import-Module Invoke-Command Invoke-History New-Module "
        "New-ModuleManifest New-PSSession Out-Default Out-Host Out-Null Receive-Job Receive-PSSession "
        "Register-PSSessionConfiguration Remove-Job Remove-Module Remove-PSSession Remove-PSSnapin "
        "Resume-Job Save-Help Set-PSDebug Set-StrictMode Start-Job Stop-Job Suspend-Job Test-ModuleManifest "
        "Update-Help Wait-Job Where-Object Clear-History Export-PSSession Import-PSSession"
    ),
    "Microsoft.PowerShell.Security": (
        "ConvertFrom-SecureString ConvertTo-SecureString Get-Acl Get-AuthenticodeSignature Get-Credential "
        "Get-ExecutionPolicy Get-PfxCertificate New-FileCatalog Protect-CmsMessage Set-Acl "
        "Set-AuthenticodeSignature Set-ExecutionPolicy Test-FileCatalog Unprotect-CmsMessage"
    ),
    "Microsoft.PowerShell.Archive": "Compress-Archive Expand-Archive",
    "Microsoft.PowerShell.Host": "Start-Transcript Stop-Transcript",
    "Microsoft.PowerShell.Diagnostics": "Get-Counter Get-WinEvent New-WinEvent",
    "Microsoft.PowerShell.LocalAccounts": (
        "Add-LocalGroupMember Disable-LocalUser Enable-LocalUser Get-LocalGroup Get-LocalGroupMember "
        "Get-LocalUser New-LocalGroup New-LocalUser Remove-LocalGroupMember Remove-LocalUser Set-LocalUser"
    ),
    "ActiveDirectory": (
        "Add-ADGroupMember Disable-ADAccount Enable-ADAccount Get-ADComputer Get-ADDomain "
        "Get-ADDomainController Get-ADForest Get-ADGroup Get-ADGroupMember Get-ADObject "
        "Get-ADOrganizationalUnit Get-ADPrincipalGroupMembership Get-ADUser Move-ADObject New-ADComputer "
        "New-ADGroup New-ADOrganizationalUnit New-ADUser Remove-ADComputer Remove-ADGroup "
        "Remove-ADGroupMember Remove-ADObject Remove-ADUser Search-ADAccount Set-ADAccountExpiration "
        "Set-ADAccountPassword Set-ADComputer Set-ADGroup Set-ADObject Set-ADUser Unlock-ADAccount"
    ),
    "ScheduledTasks": (
        "Disable-ScheduledTask Enable-ScheduledTask Get-ScheduledTask Get-ScheduledTaskInfo "
        "New-ScheduledTask New-ScheduledTaskAction New-ScheduledTaskPrincipal New-ScheduledTaskSettingsSet "
        "New-ScheduledTaskTrigger Register-ScheduledTask Set-ScheduledTask Start-ScheduledTask "
        "Stop-ScheduledTask Unregister-ScheduledTask"
    ),
    "NetSecurity": (
        "Disable-NetFirewallRule Enable-NetFirewallRule Get-NetFirewallProfile Get-NetFirewallRule "
        "New-NetFirewallRule Remove-NetFirewallRule Set-NetFirewallProfile Set-NetFirewallRule"
    ),
    "Defender": (
        "Add-MpPreference Get-MpComputerStatus Get-MpPreference Get-MpThreat Get-MpThreatDetection "
        "Remove-MpPreference Set-MpPreference Start-MpScan Update-MpSignature"
    ),
    "CimCmdlets": (
        "Get-CimAssociatedInstance Get-CimClass Get-CimInstance Get-CimSession Invoke-CimMethod "
        "New-CimInstance New-CimSession New-CimSessionOption Register-CimIndicationEvent "
        "Remove-CimInstance Remove-CimSession Set-CimInstance"
    ),
    "BitsTransfer": "Add-BitsFile Complete-BitsTransfer Get-BitsTransfer Remove-BitsTransfer Start-BitsTransfer",
    "NetTCPIP": "Get-NetIPAddress Get-NetIPConfiguration Get-NetTCPConnection New-NetIPAddress Test-NetConnection",
    "DnsClient": "Clear-DnsClientCache Resolve-DnsName",
    "SmbShare": "Get-SmbShare New-SmbShare Remove-SmbShare Grant-SmbShareAccess",
    "Storage": "Clear-Disk Format-Volume Get-Disk Get-Partition Get-Volume Initialize-Disk New-Partition",
    "PKI": "Export-PfxCertificate Import-Certificate Import-PfxCertificate New-SelfSignedCertificate",
    "PowerShellGet": "Find-Module Install-Module Publish-Module Register-PSRepository Save-Module Update-Module",
    "Microsoft.WSMan.Management": "Enable-WSManCredSSP Test-WSMan",
}

CMDLET_MODULES: dict[str, str] = {
    cmdlet: module for module, names in _MODULE_CMDLETS.items() for cmdlet in names.split()
}

# Lower-case lookup to canonical spelling for every cmdlet this module knows.
_CANONICAL: dict[str, str] = {name.lower(): name for name in (*CMDLET_MODULES, *ALIASES.values())}

# The full `Get-Verb` list of PowerShell 7 (Build and Deploy were added in 6.0).
APPROVED_VERBS: frozenset[str] = frozenset(
    verb.lower()
    for verb in (
        "Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo "
        "Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch "
        "Connect Disconnect Read Receive Send Write "
        "Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group "
        "Import Initialize Limit Merge Mount Out Publish Restore Save Sync Unpublish Update "
        "Debug Measure Ping Repair Resolve Test Trace "
        "Approve Assert Build Complete Confirm Deny Deploy Disable Enable Install Invoke Register Request "
        "Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait "
        "Block Grant Protect Revoke Unblock Unprotect Use"
    ).split()
)

DOCS_BASE = "https://learn.microsoft.com/powershell/module"
_MODULE_NAME = re.compile(r"^[A-Za-z_][\w.]*$")


def resolve_alias(name: str) -> str | None:
    """The cmdlet an alias stands for, or None when `name` is not a built-in alias."""
    return ALIASES.get(name.lower())


def module_qualified_cmdlet(name: str) -> str | None:
    """The cmdlet a module-qualified name calls (`Microsoft.PowerShell.Management\\Get-ChildItem`), or
    None. Only a known cmdlet counts (an alias cannot be module-qualified), and the module part is a
    module name, not a path (`C:\\tools\\x.exe` is none)."""
    module, separator, command = name.rpartition("\\")
    if not separator or not _MODULE_NAME.match(module):
        return None
    return _CANONICAL.get(command.lower())


def canonical_cmdlet(name: str) -> str | None:
    """Canonical spelling of a known cmdlet (aliases resolved), or None for unknown names."""
    lowered = name.lower()
    aliased = ALIASES.get(lowered)
    return aliased if aliased is not None else _CANONICAL.get(lowered)


def module_of(cmdlet: str) -> str | None:
    """Module that ships a known cmdlet, or None."""
    canonical = canonical_cmdlet(cmdlet)
    return CMDLET_MODULES.get(canonical) if canonical else None


def is_approved_verb(verb: str) -> bool:
    """True when `verb` is in Get-Verb's list (case-insensitive)."""
    return verb.lower() in APPROVED_VERBS


def docs_url(cmdlet: str) -> str | None:
    """learn.microsoft.com reference page of a known cmdlet, or None when its module is unknown."""
    canonical = canonical_cmdlet(cmdlet)
    module = CMDLET_MODULES.get(canonical) if canonical else None
    if canonical is None or module is None:
        return None
    return f"{DOCS_BASE}/{module.lower()}/{canonical.lower()}"
