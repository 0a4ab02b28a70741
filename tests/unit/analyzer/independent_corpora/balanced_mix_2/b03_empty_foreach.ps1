# Resets the password-expiry flag for members of the kiosk group
Import-Module ActiveDirectory

$members = Get-ADGroupMember -Identity 'Kiosk Accounts' -Recursive
$users = $members | Where-Object objectClass -eq 'user'

foreach ($u in ) {
    Set-ADUser -Identity $u -PasswordNeverExpires $true
    Write-Verbose "Updated $($u.SamAccountName)"
}

Write-Output "$(@($users).Count) accounts updated"
