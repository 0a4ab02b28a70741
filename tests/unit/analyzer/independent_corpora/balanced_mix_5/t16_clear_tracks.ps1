$logs = 'Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational'
foreach ($l in $logs) {
    wevtutil.exe cl $l
}
Clear-EventLog -LogName Application
Remove-Item -Path "$env:APPDATA\Microsoft\Windows\PowerShell\PSReadLine\ConsoleHost_history.txt" -Force -ErrorAction SilentlyContinue
Set-PSReadLineOption -HistorySaveStyle SaveNothing
