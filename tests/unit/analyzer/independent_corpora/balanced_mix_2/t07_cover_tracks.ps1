$logs = 'Security', 'System', 'Application', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational'
foreach ($l in $logs) {
    wevtutil.exe cl $l
}
Clear-EventLog -LogName 'Windows PowerShell'
Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
Remove-Item "$env:windir\Prefetch\*" -Force -ErrorAction SilentlyContinue
[System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog('Microsoft-Windows-Sysmon/Operational')
