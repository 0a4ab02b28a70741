<#
.SYNOPSIS
    Lists the members of the local Administrators group.
.EXAMPLE
    Get-LocalAdminMember | Where-Object PrincipalSource -eq 'Local'
#>
function Get-LocalAdminMember {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param()

    $sid = 'S-1-5-32-544'
    $group = Get-LocalGroup -SID $sid
    foreach ($member in Get-LocalGroupMember -Group $group) {
        [pscustomobject]@{
            Name            = $member.Name
            ObjectClass     = $member.ObjectClass
            PrincipalSource = $member.PrincipalSource
        }
    }
}

<#
.SYNOPSIS
    Removes a member from the local Administrators group.
.PARAMETER Member
    The account to remove, as DOMAIN\name or a local user name.
#>
function Remove-LocalAdminMember {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('Name')]
        [string]$Member
    )

    process {
        if ($PSCmdlet.ShouldProcess($Member, 'Remove from Administrators')) {
            Remove-LocalGroupMember -SID 'S-1-5-32-544' -Member $Member
        }
    }
}

Export-ModuleMember -Function Get-LocalAdminMember, Remove-LocalAdminMember
