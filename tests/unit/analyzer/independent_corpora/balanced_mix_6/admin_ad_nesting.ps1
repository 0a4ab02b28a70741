Import-Module ActiveDirectory

function Get-NestedGroups {
    param([string]$GroupName, [int]$Depth = 0)
    $members = Get-ADGroupMember -Identity $GroupName | where { $_.objectClass -eq 'group' }
    foreach ($m in $members) {
        [pscustomobject]@{
            Parent = $GroupName
            Child  = $m.Name
            Depth  = $Depth + 1
        }
        Get-NestedGroups -GroupName $m.Name -Depth ($Depth + 1)
    }
}

$global:Results = @()
foreach ($root in 'Domain Admins', 'Enterprise Admins', 'Server Operators') {
    $global:Results += Get-NestedGroups -GroupName $root
}
$global:Results | Format-Table -AutoSize
