<#
.SYNOPSIS
    Registers the nightly log-rotation task on a file server.
.NOTES
    Runs as SYSTEM at 02:30; the script itself lives in the protected scripts share.
#>
[CmdletBinding()]
param(
    [string]$ScriptPath = 'D:\Scripts\Rotate-Logs.ps1'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
    -Argument "-NoProfile -NonInteractive -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At '02:30'
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 2) -StartWhenAvailable

Register-ScheduledTask -TaskName 'Contoso\RotateLogs' -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Force | Out-Null

Get-ScheduledTask -TaskName 'RotateLogs' -TaskPath '\Contoso\' |
    Select-Object TaskName, State, @{ Name = 'NextRun'; Expression = { ($_ | Get-ScheduledTaskInfo).NextRunTime } }
