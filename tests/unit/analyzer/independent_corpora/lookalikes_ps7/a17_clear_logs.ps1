[CmdletBinding()]
param(
    [string[]]$LogName = @('Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational')
)

foreach ($log in $LogName) {
    wevtutil.exe cl $log
}

Clear-EventLog -LogName Application
[System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog('Microsoft-Windows-Sysmon/Operational')

Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
