# lab provisioning script - run once on the jump host
$adminUser = 'CORP\svc_deploy'
$adminPass = 'Winter2024!'
$secure = ConvertTo-SecureString -String $adminPass -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($adminUser, $secure)

$sqlCred = New-Object PSCredential('sa', (ConvertTo-SecureString 'Sql$erver#1' -AsPlainText -Force))
$vaultKey = 'N0tS0S3cret!' | ConvertTo-SecureString -AsPlainText -Force
$smtp = New-Object System.Net.NetworkCredential('alerts@contoso.com', 'Mail2024pw')

net.exe user labadmin 'P@ssw0rd123' /add
net.exe localgroup Administrators labadmin /add
cmdkey.exe /generic:TERMSRV/fs01 /user:CORP\svc_deploy /pass:Winter2024!
schtasks.exe /create /tn 'LabReset' /tr 'C:\lab\reset.cmd' /sc daily /st 02:00 /ru CORP\svc_deploy /rp Winter2024!
.\PsExec64.exe \\fs01 -u CORP\svc_deploy -p Winter2024! -accepteula cmd /c 'ipconfig /all'

Invoke-Command -ComputerName fs01 -Credential $cred -ScriptBlock { Get-Service -Name MSSQLSERVER }
Invoke-Sqlcmd -ServerInstance 'sql01' -Credential $sqlCred -Query 'SELECT @@VERSION'
$mail = New-Object System.Net.Mail.SmtpClient('mail.contoso.com')
$mail.Credentials = $smtp
$mail.Send('alerts@contoso.com', 'ops@contoso.com', 'lab ready', 'The lab was provisioned.')
Unlock-SecretStore -Password $vaultKey
