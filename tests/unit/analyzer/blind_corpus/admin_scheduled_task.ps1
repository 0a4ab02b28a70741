<#
.SYNOPSIS
    Registers the nightly maintenance task on a file server.
#>
[CmdletBinding()]
param(
    [string]$ScriptPath = 'C:\Scripts\Nightly-Maintenance.ps1'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At '02:00'
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
Register-ScheduledTask -TaskName 'Nightly Maintenance' -Action $action -Trigger $trigger -Principal $principal -Force
