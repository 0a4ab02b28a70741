#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Disables a leaver's account, moves it and records the group memberships removed.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('SamAccountName')]
    [string[]]$Identity,

    [string]$DisabledOu = 'OU=Disabled,OU=Users,DC=corp,DC=contoso,DC=com',

    [ValidateScript({ Test-Path -LiteralPath $_ -IsValid })]
    [string]$AuditPath = "\\fs01\audit$\offboarding\$(Get-Date -Format yyyy-MM).csv"
)

begin {
    $audit = [System.Collections.Generic.List[pscustomobject]]::new()
    $keepGroups = 'Domain Users', 'All Staff'
}

process {
    foreach ($id in $Identity) {
        $user = Get-ADUser -Identity $id -Properties MemberOf, Manager
        if (-not $PSCmdlet.ShouldProcess($user.DistinguishedName, 'Disable and move')) {
            continue
        }

        Disable-ADAccount -Identity $user
        Set-ADUser -Identity $user -Description "Disabled $(Get-Date -Format d) by $env:USERNAME" -Manager $null
        foreach ($groupDn in $user.MemberOf) {
            $group = Get-ADGroup -Identity $groupDn
            if ($group.Name -in $keepGroups) { continue }
            Remove-ADGroupMember -Identity $group -Members $user -Confirm:$false
            $audit.Add([pscustomobject]@{
                    User  = $user.SamAccountName
                    Group = $group.Name
                    When  = Get-Date -Format o
                })
        }
        Move-ADObject -Identity $user.DistinguishedName -TargetPath $DisabledOu
    }
}

end {
    if ($audit.Count) {
        $audit | Export-Csv -LiteralPath $AuditPath -NoTypeInformation -Append
    }
    Write-Verbose -Message "Removed $($audit.Count) memberships"
}
