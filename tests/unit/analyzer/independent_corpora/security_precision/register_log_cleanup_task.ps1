<#
.SYNOPSIS
    Registers a nightly task that prunes IIS logs older than 30 days.
#>
[CmdletBinding()]
param(
    [string]$LogRoot = 'C:\inetpub\logs\LogFiles',
    [int]$RetentionDays = 30
)

$scriptDir = 'C:\ProgramData\Contoso\Maintenance'
$cleanupScript = Join-Path -Path $scriptDir -ChildPath 'Remove-OldIisLogs.ps1'

New-Item -Path $scriptDir -ItemType Directory -Force | Out-Null
@"
Get-ChildItem -Path '$LogRoot' -Recurse -File -Filter *.log |
    Where-Object { `$_.LastWriteTime -lt (Get-Date).AddDays(-$RetentionDays) } |
    Remove-Item -Force
"@ | Set-Content -Path $cleanupScript -Encoding UTF8

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -File `"$cleanupScript`""
$trigger = New-ScheduledTaskTrigger -Daily -At '02:30'
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 1) -StartWhenAvailable

Register-ScheduledTask -TaskName 'Contoso IIS log cleanup' -TaskPath '\Contoso\' -Action $action `
    -Trigger $trigger -Principal $principal -Settings $settings -Force | Out-Null

Get-ScheduledTask -TaskPath '\Contoso\' | Select-Object TaskName, State
