Import-Module -Name ActiveDirectory
$groupName = 'Helpdesk'
$members = (Get-ADGroupMember -Identity $groupName | Select-Object -ExpandProperty SamAccountName
$report = foreach ($m in $members) {
    $user = Get-ADUser -Identity $m -Properties Department, Title
    '{0},{1},{2}' -f $user.SamAccountName, $user.Department, $user.Title
}
$report | Set-Content -Path ".\$groupName-members.csv"
