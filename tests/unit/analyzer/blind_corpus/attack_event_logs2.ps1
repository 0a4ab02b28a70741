Get-EventLog -List | ForEach-Object { Clear-EventLog -LogName $_.Log }
wevtutil el | ForEach-Object { wevtutil cl "$_" }
$log = New-Object System.Diagnostics.EventLog('Security')
$log.Clear()
Limit-EventLog -LogName Security -MaximumSize 64KB
