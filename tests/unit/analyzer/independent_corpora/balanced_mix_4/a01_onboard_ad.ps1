# New hire onboarding - run from the IT jump box
param(
    [string]$FirstName,
    [string]$LastName,
    [string]$Department = 'Sales',
    [string]$Password = 'Welcome2024!'
)

Import-Module ActiveDirectory
$global:LogFile = "C:\IT\Logs\onboarding.log"

$sam = ($FirstName.Substring(0,1) + $LastName).ToLower()
$upn = "$sam@contoso.local"
$secure = ConvertTo-SecureString $Password -AsPlainText -Force
$ou = "OU=$Department,OU=Users,DC=contoso,DC=local"

function Create-HomeFolder($user) {
    $path = "\\FS01\home$\$user"
    New-Item -ItemType Directory -Path $path | Out-Null
    $acl = Get-Acl $path
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule("CONTOSO\$user", 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')
    $acl.AddAccessRule($rule)
    Set-Acl $path $acl
}

try {
    New-ADUser -Name "$FirstName $LastName" -GivenName $FirstName -Surname $LastName -SamAccountName $sam -UserPrincipalName $upn -Path $ou -AccountPassword $secure -Enabled $true
    Create-HomeFolder $sam
    Add-ADGroupMember -Identity "GG-$Department" -Members $sam
    Write-Host "Created $sam in $ou" -ForegroundColor Green
    Add-Content $global:LogFile "$(Get-Date) created $sam"
}
catch {
    Write-Host "Failed: $_" -ForegroundColor Red
}
