# New-hire onboarding: creates the AD account, home folder and mailbox.
param(
    [Parameter(Mandatory)][string]$FirstName,
    [Parameter(Mandatory)][string]$LastName,
    [string]$Department = 'General'
)

Import-Module ActiveDirectory

$sam = ($FirstName.Substring(0, 1) + $LastName).ToLower()
$upn = "$sam@contoso.com"
$initialPassword = 'Welcome2024!'
$securePw = ConvertTo-SecureString $initialPassword -AsPlainText -Force

New-ADUser -Name "$FirstName $LastName" -GivenName $FirstName -Surname $LastName `
    -SamAccountName $sam -UserPrincipalName $upn -Department $Department `
    -Path 'OU=Staff,DC=corp,DC=contoso,DC=com' -AccountPassword $securePw `
    -ChangePasswordAtLogon $true -Enabled $true

$home = "\\fs01\home\$sam"
New-Item -Path $home -ItemType Directory | Out-Null
$acl = Get-Acl $home
$rule = New-Object System.Security.AccessControl.FileSystemAccessRule("CORP\$sam", 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')
$acl.AddAccessRule($rule)
Set-Acl -Path $home -AclObject $acl

Enable-RemoteMailbox -Identity $sam -RemoteRoutingAddress "$sam@contoso.mail.onmicrosoft.com"
Write-Output "Created $upn"
