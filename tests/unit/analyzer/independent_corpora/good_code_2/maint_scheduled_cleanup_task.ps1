#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Registers a nightly task (as SYSTEM) that runs the build-agent cleanup script.
#>
[CmdletBinding()]
param(
    [string]$ScriptPath = 'C:\BuildAgent\tools\Clear-AgentWorkspace.ps1',
    [string]$TaskName = 'BuildAgent nightly cleanup'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
    -Argument "-NoProfile -NonInteractive -File `"$ScriptPath`" -OlderThanDays 7"
$trigger = New-ScheduledTaskTrigger -Daily -At '02:30'
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest

Register-ScheduledTask -TaskName $TaskName -TaskPath '\Contoso\' `
    -Action $action -Trigger $trigger -Settings $settings -Principal $principal `
    -Description 'Removes agent work folders older than a week.' -Force |
    Select-Object -Property TaskName, State
