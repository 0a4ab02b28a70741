function Get-DisabledUsers {
    param($SearchBase)
    Get-ADUser -Filter 'Enabled -eq $false' -SearchBase $SearchBase -Properties whenChanged
}

function Delete-DisabledUser {
    param($User)
    Remove-ADUser -Identity $User -Confirm:$false
}

$disabled = Get-DisabledUsers -SearchBase 'OU=Leavers,DC=corp,DC=contoso,DC=com'
foreach ($u in $disabled) {
    if ($u.whenChanged -lt (Get-Date).AddDays(-90)) {
        Delete-DisabledUser -User $u
    }
}
