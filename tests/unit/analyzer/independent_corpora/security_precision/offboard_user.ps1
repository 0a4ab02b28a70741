#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Disables a leaver's AD account, strips group memberships and moves it to the leavers OU.
.EXAMPLE
    .\offboard_user.ps1 -SamAccountName jdoe -Ticket CHG0012345 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)]
    [ValidatePattern('^[a-z0-9._-]+$')]
    [string]$SamAccountName,

    [Parameter(Mandatory)]
    [string]$Ticket,

    [string]$LeaversOu = 'OU=Leavers,OU=Users,DC=corp,DC=local'
)

$user = Get-ADUser -Identity $SamAccountName -Properties MemberOf, Description
$groups = $user.MemberOf | Where-Object { $_ -notmatch '^CN=Domain Users,' }

if ($PSCmdlet.ShouldProcess($user.DistinguishedName, "Offboard ($Ticket)")) {
    Disable-ADAccount -Identity $user
    foreach ($group in $groups) {
        Remove-ADGroupMember -Identity $group -Members $user -Confirm:$false
    }
    Set-ADUser -Identity $user -Description "Left - $Ticket - $(Get-Date -Format 'yyyy-MM-dd')"
    Move-ADObject -Identity $user.DistinguishedName -TargetPath $LeaversOu
}

[pscustomobject]@{
    User          = $SamAccountName
    GroupsRemoved = @($groups).Count
    Ticket        = $Ticket
}
