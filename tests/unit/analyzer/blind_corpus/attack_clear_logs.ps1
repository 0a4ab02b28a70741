wevtutil cl System
wevtutil.exe cl Security
Clear-EventLog -LogName Application, System
Get-WinEvent -ListLog * | ForEach-Object { [System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog($_.LogName) }
Remove-EventLog -LogName 'Windows PowerShell'
