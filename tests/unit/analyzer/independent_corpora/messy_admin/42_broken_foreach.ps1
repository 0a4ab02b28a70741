# add the new hires to the VPN group
$csv = Import-Csv .\newhires.csv
$added = 0
foreach ($row in ) {
    Add-ADGroupMember -Identity "GG-VPN-Users" -Members $row.SamAccountName
    $added++
}
Write-Output "added $added users"
