param(
    [string]$FirstName,
    [string]$LastName,
    [string]$Department,
    [string]$Password = "Welcome2024!",
    [string]$Manager
)

Import-Module ActiveDirectory
$sam = ($FirstName.Substring(0,1) + $LastName).ToLower()
$upn = "$sam@contoso.com"
$secure = ConvertTo-SecureString $Password -AsPlainText -Force

New-ADUser -Name "$FirstName $LastName" -SamAccountName $sam -UserPrincipalName $upn `
    -GivenName $FirstName -Surname $LastName -Department $Department `
    -AccountPassword $secure -Enabled $true -ChangePasswordAtLogon $true

switch ($Department) {
    "Finance" { Add-ADGroupMember "GG-Finance" $sam }
    "IT"      { Add-ADGroupMember "GG-IT-Staff" $sam; Add-ADGroupMember "GG-VPN" $sam }
    default   { Add-ADGroupMember "GG-AllStaff" $sam }
}

Write-Host "Created $upn with temp password $Password"
