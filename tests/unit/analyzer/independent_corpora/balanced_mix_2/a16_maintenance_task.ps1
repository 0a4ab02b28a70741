<#
.SYNOPSIS
    Registers the nightly disk clean-up job that runs as SYSTEM.
#>
[CmdletBinding()]
param(
    [string]$ScriptPath = 'C:\Scripts\Invoke-DiskCleanup.ps1',
    [datetime]$At = '02:30'
)

if (-not (Test-Path -Path $ScriptPath)) {
    throw "Clean-up script not found: $ScriptPath"
}

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
    -Argument "-NoProfile -NonInteractive -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 2) -StartWhenAvailable

Register-ScheduledTask -TaskName 'Contoso\Nightly Disk Cleanup' -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Force | Out-Null

Write-Verbose "Registered task to run $ScriptPath daily at $($At.ToShortTimeString())"
