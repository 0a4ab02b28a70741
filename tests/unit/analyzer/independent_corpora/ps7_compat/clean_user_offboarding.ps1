#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Disables a departing user's account, moves it to the leavers OU and records the change.
.EXAMPLE
    .\clean_user_offboarding.ps1 -SamAccountName jdoe -Ticket CHG0042 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$SamAccountName,

    [Parameter(Mandatory)]
    [ValidatePattern('^CHG\d+$')]
    [string]$Ticket,

    [string]$LeaversOU = 'OU=Leavers,DC=corp,DC=example,DC=com'
)

$user = Get-ADUser -Identity $SamAccountName -Properties Description, MemberOf
$groups = $user.MemberOf | ForEach-Object { (Get-ADGroup -Identity $_).Name }

if ($PSCmdlet.ShouldProcess($user.DistinguishedName, "Disable and move ($Ticket)")) {
    Disable-ADAccount -Identity $user
    Set-ADUser -Identity $user -Description "Disabled $(Get-Date -Format 'yyyy-MM-dd') ($Ticket)"
    foreach ($group in $user.MemberOf) {
        Remove-ADGroupMember -Identity $group -Members $user -Confirm:$false
    }
    Move-ADObject -Identity $user -TargetPath $LeaversOU
}

[pscustomobject]@{
    User          = $SamAccountName
    Ticket        = $Ticket
    RemovedGroups = $groups -join '; '
}
