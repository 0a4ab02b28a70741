# registers the nightly report job on the management server
# re-run after the svc_reports password rotates
$action = New-ScheduledTaskAction -Execute "powershell.exe" -Argument "-NoProfile -ExecutionPolicy Bypass -File C:\Scripts\nightly_report.ps1"
$trigger = New-ScheduledTaskTrigger -Daily -At 2am
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

Unregister-ScheduledTask -TaskName "Nightly Report" -Confirm:$false -ErrorAction SilentlyContinue
Register-ScheduledTask -TaskName "Nightly Report" -Action $action -Trigger $trigger -Settings $settings -User "CONTOSO\svc_reports" -Password "R3ports!2023" -RunLevel Highest
