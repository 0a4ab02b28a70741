Import-Module ActiveDirectory

$OU = "OU=Staff,DC=corp,DC=contoso,DC=com"
$out = "\\fileserv\reports$\stale_users.csv"
$cutoff = (Get-Date).AddDays(-90)

$users = Get-ADUser -Filter * -SearchBase $OU -Properties LastLogonDate,Department,Manager
$stale = $users | where { $_.LastLogonDate -lt $cutoff -and $_.Enabled }

$rows = foreach ($u in $stale) {
    $mgr = $null
    if ($u.Manager -ne $null) {
        $mgr = (Get-ADUser $u.Manager).Name
    }
    [pscustomobject]@{
        Name       = $u.Name
        Sam        = $u.SamAccountName
        Department = $u.Department
        LastLogon  = $u.LastLogonDate
        Manager    = $mgr
    }
}

$rows | sort LastLogon | Export-Csv $out -NoTypeInformation
Write-Host "$($rows.Count) stale accounts written to $out"
