"""Real-looking PowerShell scripts for demo data, with template fields varied per copy.

Each sample is (title, description, category, tags, body). `{name}`-style template fields are
filled by the seeder so copies differ in content (and hash) but stay valid PowerShell.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    title: str
    description: str
    category: str
    tags: tuple[str, ...]
    body: str


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "Backup {share} to {target}",
        "Copies changed files from a file share to a dated backup folder and prunes old backups.",
        "Backup & Recovery",
        ("backup", "files", "robocopy", "scheduled"),
        r'''<#
.SYNOPSIS
    Backs up {share} to {target} and keeps the last {days} days.
.PARAMETER Source
    Folder to back up.
.PARAMETER Destination
    Root folder that receives one dated sub-folder per run.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$Source = '\\fs01\{share}',
    [string]$Destination = '{target}',
    [int]$RetentionDays = {days}
)

$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$runFolder = Join-Path -Path $Destination -ChildPath $stamp
if ($PSCmdlet.ShouldProcess($runFolder, 'Create backup')) {
    New-Item -ItemType Directory -Path $runFolder -Force | Out-Null
    robocopy $Source $runFolder /MIR /R:2 /W:5 /NP /LOG:"$runFolder\robocopy.log"
    if ($LASTEXITCODE -ge 8) {
        throw "Robocopy failed with exit code $LASTEXITCODE"
    }
}

Get-ChildItem -Path $Destination -Directory |
    Where-Object { $_.CreationTime -lt (Get-Date).AddDays(-$RetentionDays) } |
    Remove-Item -Recurse -Force -WhatIf:$WhatIfPreference
Write-Verbose "Backup of $Source finished at $(Get-Date)"
''',
    ),
    Sample(
        "Report stopped services on {server}",
        "Lists automatic services that are not running and exports them to CSV.",
        "Monitoring",
        ("services", "report", "csv", "health"),
        r'''<#
.SYNOPSIS
    Finds automatic services that are stopped on {server}.
#>
[CmdletBinding()]
param(
    [string[]]$ComputerName = @('{server}'),
    [string]$ReportPath = 'C:\Reports\stopped-services-{days}.csv'
)

$results = foreach ($computer in $ComputerName) {
    Get-CimInstance -ClassName Win32_Service -ComputerName $computer -Filter "StartMode='Auto' AND State<>'Running'" |
        Select-Object @{ Name = 'Computer'; Expression = { $computer } }, Name, DisplayName, State
}
$results | Export-Csv -Path $ReportPath -NoTypeInformation
Write-Output "Found $($results.Count) stopped services"
''',
    ),
    Sample(
        "Create AD users for {team}",
        "Provisions Active Directory accounts for new hires from a CSV file.",
        "Active Directory",
        ("active-directory", "users", "onboarding", "csv"),
        r'''#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Creates AD accounts for the {team} team from a CSV of new hires.
.PARAMETER CsvPath
    CSV with GivenName, Surname, Department columns.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory, ValueFromPipeline)]
    [string]$CsvPath,
    [string]$OrganizationalUnit = 'OU={team},OU=Users,DC=corp,DC=example,DC=com'
)

process {
    Import-Csv -Path $CsvPath | ForEach-Object {
        $sam = ($_.GivenName.Substring(0, 1) + $_.Surname).ToLower()
        if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue) {
            Write-Warning "$sam already exists"
            return
        }
        if ($PSCmdlet.ShouldProcess($sam, 'New-ADUser')) {
            New-ADUser -Name "$($_.GivenName) $($_.Surname)" -SamAccountName $sam `
                -Path $OrganizationalUnit -Department $_.Department -Enabled $true `
                -AccountPassword (Read-Host -AsSecureString "Password for $sam")
        }
    }
}
''',
    ),
    Sample(
        "Rotate IIS logs older than {days} days",
        "Compresses IIS log files older than a cutoff and deletes the originals.",
        "Maintenance",
        ("iis", "logs", "cleanup", "compression"),
        r'''<#
.SYNOPSIS
    Zips IIS logs older than {days} days on {server}.
#>
param(
    [string]$LogRoot = 'C:\inetpub\logs\LogFiles',
    [int]$OlderThanDays = {days}
)

$cutoff = (Get-Date).AddDays(-$OlderThanDays)
$old = Get-ChildItem -Path $LogRoot -Filter '*.log' -Recurse | Where-Object LastWriteTime -lt $cutoff
foreach ($file in $old) {
    $zip = "$($file.FullName).zip"
    Compress-Archive -Path $file.FullName -DestinationPath $zip -Force
    Remove-Item -Path $file.FullName
}
Write-Output ("Compressed {0} files" -f $old.Count)
''',
    ),
    Sample(
        "Check disk space on {server}",
        "Warns when a volume drops below a free-space threshold.",
        "Monitoring",
        ("disk", "storage", "alerting", "health"),
        r'''<#
.SYNOPSIS
    Reports volumes on {server} with less than {percent}% free space.
#>
[CmdletBinding()]
param(
    [string]$ComputerName = '{server}',
    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = {percent}
)

$volumes = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $ComputerName -Filter 'DriveType=3'
foreach ($volume in $volumes) {
    $freePercent = [math]::Round(($volume.FreeSpace / $volume.Size) * 100, 1)
    if ($freePercent -lt $ThresholdPercent) {
        Write-Warning "$($volume.DeviceID) on $ComputerName has $freePercent% free ($([math]::Round($volume.FreeSpace / 1GB, 1)) GB)"
    }
}
''',
    ),
    Sample(
        "Install updates on {team} workstations",
        "Installs pending Windows updates and reboots when needed during the maintenance window.",
        "Patching",
        ("windows-update", "patching", "reboot"),
        r'''<#
.SYNOPSIS
    Installs pending updates on the {team} workstations.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$ComputerName = @('{server}'),
    [switch]$AllowReboot
)

Invoke-Command -ComputerName $ComputerName -ScriptBlock {
    $session = New-Object -ComObject Microsoft.Update.Session
    $searcher = $session.CreateUpdateSearcher()
    $pending = $searcher.Search("IsInstalled=0 and Type='Software'").Updates
    "{0} updates pending on {1}" -f $pending.Count, $env:COMPUTERNAME
}
if ($AllowReboot -and $PSCmdlet.ShouldProcess(($ComputerName -join ', '), 'Restart')) {
    Restart-Computer -ComputerName $ComputerName -Wait -For PowerShell -Timeout 900
}
''',
    ),
    Sample(
        "Export mailbox sizes for {team}",
        "Reports Exchange Online mailbox sizes sorted by total item size.",
        "Exchange",
        ("exchange", "mailbox", "report", "office365"),
        r'''<#
.SYNOPSIS
    Exports mailbox statistics for the {team} department.
#>
param(
    [string]$Department = '{team}',
    [string]$OutFile = "$env:TEMP\mailbox-sizes.csv"
)

$mailboxes = Get-EXOMailbox -Filter "Department -eq '$Department'" -ResultSize Unlimited
$stats = $mailboxes | Get-EXOMailboxStatistics |
    Select-Object DisplayName, ItemCount, TotalItemSize |
    Sort-Object TotalItemSize -Descending
$stats | Export-Csv -Path $OutFile -NoTypeInformation
Write-Output "Wrote $($stats.Count) rows to $OutFile"
''',
    ),
    Sample(
        "Restart hung {service} service",
        "Restarts a service that stopped responding and records the event.",
        "Maintenance",
        ("services", "remediation", "event-log"),
        r'''<#
.SYNOPSIS
    Restarts {service} when it is not running.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Name = '{service}',
    [int]$TimeoutSeconds = {percent}
)

$service = Get-Service -Name $Name -ErrorAction Stop
if ($service.Status -ne 'Running' -and $PSCmdlet.ShouldProcess($Name, 'Restart-Service')) {
    Restart-Service -Name $Name -Force
    $service.WaitForStatus('Running', [timespan]::FromSeconds($TimeoutSeconds))
    Write-Information "Restarted $Name" -InformationAction Continue
}
''',
    ),
    Sample(
        "Download tool from intranet and run it",
        "Fetches a helper script from an internal URL and executes it (insecure pattern kept for analysis demos).",
        "Automation",
        ("download", "automation", "legacy"),
        r'''$url = 'http://intranet.example.com/tools/{service}.ps1'
$client = New-Object System.Net.WebClient
$code = $client.DownloadString($url)
iex $code
$password = "Winter{days}!"
$secure = ConvertTo-SecureString $password -AsPlainText -Force
Write-Host "Ran $url"
''',
    ),
    Sample(
        "Gather inventory of {server}",
        "Collects OS, CPU, memory and installed software into a JSON document.",
        "Inventory",
        ("inventory", "json", "hardware", "software"),
        r'''<#
.SYNOPSIS
    Collects a hardware and software inventory from {server}.
#>
[CmdletBinding()]
param([string]$ComputerName = '{server}')

$os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $ComputerName
$cpu = Get-CimInstance -ClassName Win32_Processor -ComputerName $ComputerName | Select-Object -First 1
$software = [System.Collections.Generic.List[object]]::new()
foreach ($key in Get-ChildItem 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall') {
    $software.Add((Get-ItemProperty -Path $key.PSPath | Select-Object DisplayName, DisplayVersion))
}
[pscustomobject]@{
    Computer = $ComputerName
    OS       = $os.Caption
    Cpu      = $cpu.Name
    MemoryGB = [math]::Round($os.TotalVisibleMemorySize / 1MB, 1)
    Software = $software
} | ConvertTo-Json -Depth 4
''',
    ),
    Sample(
        "Sync {share} folder permissions",
        "Applies a reference ACL to every folder below a share root.",
        "Security",
        ("acl", "permissions", "files", "security"),
        r'''<#
.SYNOPSIS
    Copies the ACL of the {share} root to its sub-folders.
#>
[CmdletBinding(SupportsShouldProcess)]
param([string]$Root = '\\fs01\{share}')

$reference = Get-Acl -Path $Root
Get-ChildItem -Path $Root -Directory -Recurse | ForEach-Object {
    if ($PSCmdlet.ShouldProcess($_.FullName, 'Set-Acl')) {
        Set-Acl -Path $_.FullName -AclObject $reference
    }
}
''',
    ),
    Sample(
        "Test connectivity to {server}",
        "Pings a list of hosts and checks that the listed TCP ports answer.",
        "Networking",
        ("network", "connectivity", "ports", "health"),
        r'''<#
.SYNOPSIS
    Checks ICMP and TCP reachability of {server}.
#>
param(
    [string[]]$Target = @('{server}', 'dc01'),
    [int[]]$Port = @(443, 3389, 5985)
)

$Target | ForEach-Object -Parallel {
    $name = $_
    foreach ($p in $using:Port) {
        $result = Test-NetConnection -ComputerName $name -Port $p -WarningAction SilentlyContinue
        [pscustomobject]@{ Target = $name; Port = $p; Open = $result.TcpTestSucceeded ?? $false }
    }
} -ThrottleLimit 8
''',
    ),
)

SERVERS = ("web01", "sql02", "app03", "dc01", "file01", "print02", "hv04", "exch01")
SHARES = ("Finance", "HR", "Engineering", "Public", "Projects", "Archive")
TARGETS = (r"D:\Backups", r"\\nas01\backups", r"E:\Snapshots", r"\\backup02\daily")
TEAMS = ("Sales", "Marketing", "Engineering", "Support", "Finance", "Operations")
SERVICES = ("Spooler", "W3SVC", "MSSQLSERVER", "WinRM", "BITS", "wuauserv")

COMMIT_MESSAGES = (
    "Add retention parameter",
    "Handle missing folders",
    "Use CIM instead of WMI",
    "Add comment-based help",
    "Log to file as well",
    "Support -WhatIf",
    "Fix off-by-one in cutoff date",
    "Make target configurable",
)

COMMENTS = (
    "Works great on our 2019 servers, thanks!",
    "Could you add a -Credential parameter?",
    "I had to run this as admin for it to work.",
    "Nice use of ShouldProcess.",
    "This saved me an hour every week.",
    "Careful: the cleanup step deletes without confirmation.",
    "Tested on PowerShell 7.4, no issues.",
    "Any plans to support remote sessions?",
    "Consider Get-CimInstance instead of WMI here.",
    "Running it nightly via Task Scheduler.",
)

CATEGORY_DESCRIPTIONS = {
    "Backup & Recovery": "Backups, restores and snapshots.",
    "Monitoring": "Health checks, alerts and reports.",
    "Active Directory": "Users, groups and directory automation.",
    "Maintenance": "Cleanup, restarts and housekeeping.",
    "Patching": "Windows Update and software deployment.",
    "Exchange": "Mailboxes and mail flow.",
    "Automation": "General-purpose automation.",
    "Inventory": "Hardware and software inventory.",
    "Security": "Permissions, hardening and auditing.",
    "Networking": "Connectivity, DNS and firewall.",
}
