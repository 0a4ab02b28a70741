param($SamAccountName)

$user = Get-ADUser $SamAccountName -Properties MemberOf, Manager
$date = Get-Date -Format yyyyMMdd

Disable-ADAccount $user
Set-ADUser $user -Description "Disabled $date by offboarding script"
foreach ($g in $user.MemberOf) { Remove-ADGroupMember $g $user -Confirm:$false }

$home = "\\fs01\home\$SamAccountName"
if (Test-Path $home) {
    Move-Item $home "\\fs01\archive\$SamAccountName-$date"
}
Move-ADObject $user.DistinguishedName -TargetPath "OU=Disabled Users,DC=corp,DC=local"
echo "Offboarded $SamAccountName"
