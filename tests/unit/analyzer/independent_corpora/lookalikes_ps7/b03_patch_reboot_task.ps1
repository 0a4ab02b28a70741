[CmdletBinding()]
param(
    [datetime]$RebootAt = (Get-Date).Date.AddDays(1).AddHours(3),
    [int]$WarningSeconds = 600
)

$pending = Test-Path -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
if (-not $pending) {
    Write-Verbose -Message 'No reboot pending after patching; nothing to schedule.'
    return
}

$action = New-ScheduledTaskAction -Execute "$env:SystemRoot\System32\shutdown.exe" -Argument "/r /t $WarningSeconds /c `"Monthly patching reboot`" /d p:2:17"
$trigger = New-ScheduledTaskTrigger -Once -At $RebootAt
$principal = New-ScheduledTaskPrincipal -UserId 'NT AUTHORITY\SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -DeleteExpiredTaskAfter (New-TimeSpan -Days 1) -StartWhenAvailable

$trigger.EndBoundary = $RebootAt.AddHours(4).ToString('s')
Register-ScheduledTask -TaskPath '\Patching\' -TaskName 'PostPatchReboot' -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force | Out-Null

Write-Output "Reboot scheduled for $RebootAt on $env:COMPUTERNAME"
