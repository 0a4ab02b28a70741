# quick and dirty triage I run from the jump box - look, don't touch
$comp = $env:COMPUTERNAME
Write-Host "=== triage $comp ===" -ForegroundColor Cyan

gci HKLM:\Software\Microsoft\Windows\CurrentVersion\Run | % { $_ }
Get-ItemProperty HKCU:\Software\Microsoft\Windows\CurrentVersion\Run

Get-Process | ? { $_.Path -like '*\AppData\*' -or $_.Path -like '*\Temp\*' } | select Name, Id, Path
schtasks /query /fo LIST /v | Select-String 'TaskName|Task To Run' | Select-Object -First 40

Get-CimInstance Win32_ShadowCopy | Measure-Object
Get-MpComputerStatus | select AMRunningMode, RealTimeProtectionEnabled
Get-WinEvent -LogName 'Microsoft-Windows-PowerShell/Operational' -MaxEvents 25 | ? Id -eq 4104 | fl TimeCreated, Message

Write-Host "done" -ForegroundColor Green
