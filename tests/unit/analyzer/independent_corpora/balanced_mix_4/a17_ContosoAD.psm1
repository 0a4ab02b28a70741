# Contoso AD helper module
$script:DefaultOU = 'OU=Staff,DC=corp,DC=contoso,DC=com'

function Get-ADUserManager {
    <#
    .SYNOPSIS
    Returns the manager object of a user.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Identity)
    $u = Get-ADUser -Identity $Identity -Properties Manager
    if ($u.Manager) { Get-ADUser -Identity $u.Manager }
}

function Set-ADUserOffice {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Identity,
        [string]$Office
    )
    Set-ADUser -Identity $Identity -Office $Office
}

function Get-DisabledUsers {
    param([string]$SearchBase = $script:DefaultOU)
    Get-ADUser -Filter 'Enabled -eq $false' -SearchBase $SearchBase
}

Export-ModuleMember -Function Get-ADUserManager, Set-ADUserOffice, Get-DisabledUsers
