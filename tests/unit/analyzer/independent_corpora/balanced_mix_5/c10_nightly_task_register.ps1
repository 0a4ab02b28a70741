#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$ScriptPath = 'C:\Scripts\Maintenance\Invoke-NightlyCleanup.ps1',
    [datetime]$At = '02:30'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

if ($PSCmdlet.ShouldProcess('NightlyCleanup', 'Register scheduled task')) {
    Register-ScheduledTask -TaskName 'NightlyCleanup' -TaskPath '\Corp\' -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force
}
