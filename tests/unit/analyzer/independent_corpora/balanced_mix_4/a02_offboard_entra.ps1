#Requires -Modules Microsoft.Graph.Users
# Offboarding: block sign-in, revoke sessions, strip licenses, drop group memberships
param(
    [Parameter(Mandatory)]
    [string[]]$UserPrincipalName,
    [switch]$KeepMailbox
)

Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Group.ReadWrite.All' -NoWelcome

function Remove-UserLicenses {
    param([string]$Id)
    $lic = Get-MgUserLicenseDetail -UserId $Id
    if ($lic -ne $null) {
        Set-MgUserLicense -UserId $Id -AddLicenses @() -RemoveLicenses ($lic.SkuId)
    }
}

foreach ($upn in $UserPrincipalName) {
    $u = Get-MgUser -UserId $upn -Property Id, DisplayName, AccountEnabled
    Update-MgUser -UserId $u.Id -AccountEnabled:$false
    Revoke-MgUserSignInSession -UserId $u.Id | Out-Null
    Remove-UserLicenses -Id $u.Id
    $groups = Get-MgUserMemberOf -UserId $u.Id
    $groups | % { Remove-MgGroupMemberByRef -GroupId $_.Id -DirectoryObjectId $u.Id }
    Write-Output "$($u.DisplayName) offboarded"
}
