<#
.SYNOPSIS
    Registers the nightly index maintenance task on a SQL host.
#>
[CmdletBinding()]
param(
    [string]$ScriptPath = 'D:\DBA\Scripts\IndexMaintenance.ps1',
    [datetime]$At = '02:30'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'NT AUTHORITY\SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 3) -StartWhenAvailable

Register-ScheduledTask -TaskName 'DBA - Index maintenance' -TaskPath '\DBA\' -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Force |
    Select-Object -Property TaskName, State
