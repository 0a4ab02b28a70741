$user = 'CORP\svc_backup'
$pass = ConvertTo-SecureString 'Summer2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$cred2 = New-Object PSCredential('CORP\admin', (ConvertTo-SecureString 'Adm1n!Pass' -AsPlainText -Force))
$net = New-Object System.Net.NetworkCredential('svc_sql', 'Sq1Service!')
Invoke-Command -ComputerName 'DC01' -Credential $cred -ScriptBlock { Get-Service }
New-PSDrive -Name 'Z' -PSProvider FileSystem -Root '\\fs01\share' -Credential $cred2
$net.Domain = 'CORP'
