#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$ScriptPath = 'C:\Maintenance\Invoke-Nightly.ps1',
    [datetime]$At = '02:30'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

Register-ScheduledTask -TaskName 'Nightly Maintenance' -TaskPath '\Corp\' -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Description 'Log rotation and temp cleanup' -Force
