"""A small corpus of realistic admin scripts, one job each, for the search relevance tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CorpusScript:
    key: str
    title: str
    description: str
    tags: tuple[str, ...]
    content: str


CORPUS: tuple[CorpusScript, ...] = (
    CorpusScript(
        "backup",
        "Nightly backup of the finance share",
        "Mirrors the finance folder to the NAS with robocopy and keeps a log per run.",
        ("backup", "robocopy", "scheduled"),
        r"""param(
    [string]$Source = 'D:\Data\Finance',
    [string]$Destination = '\\nas01\backups\Finance'
)
$stamp = Get-Date -Format 'yyyyMMdd'
robocopy $Source $Destination /MIR /R:2 /W:5 /NP /LOG:"C:\Logs\robocopy-$stamp.txt"
if ($LASTEXITCODE -ge 8) { throw "Robocopy failed with exit code $LASTEXITCODE" }
""",
    ),
    CorpusScript(
        "sql_backup",
        "SQL Server database backup",
        "Backs up every user database to a dated .bak file and verifies it.",
        ("backup", "sql"),
        r"""Import-Module SqlServer
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
Get-SqlDatabase -ServerInstance 'sql01' | Where-Object { -not $_.IsSystemObject } | ForEach-Object {
    Backup-SqlDatabase -ServerInstance 'sql01' -Database $_.Name -BackupFile "E:\SqlBackups\$($_.Name)-$stamp.bak"
}
""",
    ),
    CorpusScript(
        "provisioning",
        "User provisioning from HR CSV",
        "Creates Active Directory accounts for new hires listed in the HR export and adds them to their team group.",
        ("active-directory", "users", "onboarding"),
        r"""Import-Module ActiveDirectory
Import-Csv -Path 'C:\HR\new-hires.csv' | ForEach-Object {
    $password = ConvertTo-SecureString $_.InitialPassword -AsPlainText -Force
    New-ADUser -Name $_.DisplayName -SamAccountName $_.Login -Department $_.Department `
        -AccountPassword $password -Enabled $true -ChangePasswordAtLogon $true
    Add-ADGroupMember -Identity "team-$($_.Department)" -Members $_.Login
}
""",
    ),
    CorpusScript(
        "disk_cleanup",
        "Disk cleanup of temp folders",
        "Frees disk space by deleting temporary files older than a week on every fixed drive.",
        ("cleanup", "disk"),
        r"""$cutoff = (Get-Date).AddDays(-7)
foreach ($folder in @($env:TEMP, 'C:\Windows\Temp')) {
    Get-ChildItem -Path $folder -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.LastWriteTime -lt $cutoff } |
        Remove-Item -Force -ErrorAction SilentlyContinue
}
Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=3' | Select-Object DeviceID, FreeSpace
""",
    ),
    CorpusScript(
        "log_rotation",
        "Rotate IIS logs with Get-ChildItem",
        "Compresses IIS log files older than 30 days into a monthly zip and deletes the originals.",
        ("logs", "iis", "maintenance"),
        r"""$logRoot = 'C:\inetpub\logs\LogFiles'
$old = Get-ChildItem -Path $logRoot -Filter *.log -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) }
foreach ($group in $old | Group-Object { $_.LastWriteTime.ToString('yyyy-MM') }) {
    Compress-Archive -Path $group.Group.FullName -DestinationPath "$logRoot\archive-$($group.Name).zip" -Update
    $group.Group | Remove-Item -Force
}
""",
    ),
    CorpusScript(
        "service_monitor",
        "Service monitoring and restart",
        "Watches critical Windows services and restarts any that stopped, then emails the on-call team.",
        ("services", "monitoring"),
        r"""$critical = 'Spooler', 'W3SVC', 'MSSQLSERVER'
foreach ($name in $critical) {
    $service = Get-Service -Name $name
    if ($service.Status -ne 'Running') {
        Restart-Service -Name $name -Force
        Send-MailMessage -To 'oncall@example.com' -From 'monitor@example.com' -Subject "Restarted $name" -SmtpServer 'smtp01'
    }
}
""",
    ),
    CorpusScript(
        "cert_expiry",
        "Certificate expiry report",
        "Lists machine certificates that expire within 60 days.",
        ("certificates", "report"),
        r"""Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt (Get-Date).AddDays(60) } |
    Select-Object Subject, Thumbprint, NotAfter |
    Export-Csv -Path 'C:\Reports\expiring-certificates.csv' -NoTypeInformation
""",
    ),
    CorpusScript(
        "event_log_export",
        "Export security event log",
        "Exports failed logon events from the security event log of domain controllers.",
        ("security", "events", "audit"),
        r"""Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4625; StartTime = (Get-Date).AddDays(-1) } |
    Select-Object TimeCreated, @{ n = 'Account'; e = { $_.Properties[5].Value } } |
    Export-Csv -Path 'C:\Reports\failed-logons.csv' -NoTypeInformation
""",
    ),
    CorpusScript(
        "inventory",
        "Hardware inventory",
        "Collects CPU, memory and BIOS details of each server into a CSV.",
        ("inventory", "report"),
        r"""Get-Content -Path 'C:\Scripts\servers.txt' | ForEach-Object {
    $cs = Get-CimInstance -ClassName Win32_ComputerSystem -ComputerName $_
    $bios = Get-CimInstance -ClassName Win32_BIOS -ComputerName $_
    [pscustomobject]@{ Server = $_; Cores = $cs.NumberOfLogicalProcessors; MemoryGB = [math]::Round($cs.TotalPhysicalMemory / 1GB); Bios = $bios.SMBIOSBIOSVersion }
} | Export-Csv -Path 'C:\Reports\inventory.csv' -NoTypeInformation
""",
    ),
    CorpusScript(
        "patching",
        "Install Windows updates",
        "Installs pending Windows updates with PSWindowsUpdate and reboots when required.",
        ("updates", "patching"),
        r"""Install-Module PSWindowsUpdate -Scope CurrentUser -Force
Get-WindowsUpdate -AcceptAll -Install -AutoReboot
""",
    ),
    CorpusScript(
        "firewall",
        "Open firewall port for web server",
        "Adds inbound firewall rules for HTTP and HTTPS.",
        ("firewall", "network"),
        r"""New-NetFirewallRule -DisplayName 'Web HTTP' -Direction Inbound -Protocol TCP -LocalPort 80 -Action Allow
New-NetFirewallRule -DisplayName 'Web HTTPS' -Direction Inbound -Protocol TCP -LocalPort 443 -Action Allow
""",
    ),
    CorpusScript(
        "scheduled_task",
        "Register scheduled task",
        "Registers a daily scheduled task that runs a maintenance script as SYSTEM.",
        ("scheduled", "tasks"),
        r"""$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument '-File C:\Scripts\maintenance.ps1'
$trigger = New-ScheduledTaskTrigger -Daily -At 3am
Register-ScheduledTask -TaskName 'Nightly maintenance' -Action $action -Trigger $trigger -User 'SYSTEM'
""",
    ),
)

BY_KEY = {script.key: script for script in CORPUS}
