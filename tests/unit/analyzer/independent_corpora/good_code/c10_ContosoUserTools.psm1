Set-StrictMode -Version Latest

function Get-StaleAccount {
    <#
    .SYNOPSIS
        Finds enabled AD user accounts that have not logged on recently.
    .PARAMETER DaysInactive
        Number of days without a logon after which an account counts as stale.
    .PARAMETER SearchBase
        Distinguished name of the OU to search.
    .EXAMPLE
        Get-StaleAccount -DaysInactive 90 -SearchBase 'OU=Staff,DC=contoso,DC=com'
    #>
    [CmdletBinding()]
    [OutputType([Microsoft.ActiveDirectory.Management.ADUser])]
    param(
        [ValidateRange(30, 3650)]
        [int]$DaysInactive = 90,

        [Parameter(Mandatory = $true)]
        [string]$SearchBase
    )

    $cutoff = (Get-Date).AddDays(-$DaysInactive)
    Get-ADUser -Filter { Enabled -eq $true -and LastLogonDate -lt $cutoff } -SearchBase $SearchBase -Properties LastLogonDate
}

function Disable-StaleAccount {
    <#
    .SYNOPSIS
        Disables the given AD accounts and stamps the description with the date.
    .PARAMETER Identity
        Accounts to disable, usually piped from Get-StaleAccount.
    .EXAMPLE
        Get-StaleAccount -SearchBase 'OU=Staff,DC=contoso,DC=com' | Disable-StaleAccount -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [Microsoft.ActiveDirectory.Management.ADUser[]]$Identity
    )

    process {
        foreach ($user in $Identity) {
            if ($PSCmdlet.ShouldProcess($user.SamAccountName, 'Disable account')) {
                $stamp = 'Disabled as stale on {0:yyyy-MM-dd}' -f (Get-Date)
                Set-ADUser -Identity $user -Enabled $false -Description $stamp
            }
        }
    }
}

Export-ModuleMember -Function Get-StaleAccount, Disable-StaleAccount
