<#
.SYNOPSIS
    Registers the nightly log-rotation job on a web server.
#>
[CmdletBinding()]
param(
    [string]$ScriptPath = 'C:\Scripts\Rotate-IisLogs.ps1'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At '02:30'
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 1) -StartWhenAvailable

Register-ScheduledTask -TaskName 'Rotate IIS logs' -TaskPath '\Contoso\' -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force
Write-Verbose -Message "Registered task for $ScriptPath"
