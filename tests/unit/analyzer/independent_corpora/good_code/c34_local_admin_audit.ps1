<#
.SYNOPSIS
    Reports members of the local Administrators group that are not on the approved list.
#>
[CmdletBinding()]
param(
    [string[]]$Approved = @('CONTOSO\Domain Admins', 'CONTOSO\Workstation Admins')
)

$builtinAdmin = (Get-LocalUser | Where-Object -FilterScript { $_.SID -like 'S-1-5-*-500' }).Name
$members = Get-LocalGroupMember -SID 'S-1-5-32-544'

foreach ($member in $members) {
    $shortName = $member.Name.Split('\')[-1]
    if ($Approved -contains $member.Name -or $shortName -eq $builtinAdmin) {
        continue
    }
    [pscustomobject]@{
        ComputerName    = $env:COMPUTERNAME
        Member          = $member.Name
        ObjectClass     = $member.ObjectClass
        PrincipalSource = $member.PrincipalSource
    }
}
