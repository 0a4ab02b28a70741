# Registers the nightly disk clean-up job on the file servers (change CHG0031877).
$scriptPath = 'C:\Scripts\Maintenance\Invoke-DiskCleanup.ps1'
if (-not (Test-Path -Path $scriptPath)) {
    throw "Deploy $scriptPath before registering the task."
}

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -File `"$scriptPath`" -RetentionDays 30"
$trigger = New-ScheduledTaskTrigger -Daily -At '02:30'
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 2) -StartWhenAvailable

Register-ScheduledTask -TaskName 'Disk Cleanup (nightly)' -TaskPath '\Ops\' -Action $action -Trigger $trigger -Principal $principal -Settings $settings -Force |
    Select-Object -Property TaskPath, TaskName, State
