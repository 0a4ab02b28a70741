function Get-AccountExpiry {
    <#
    .SYNOPSIS
        Returns accounts whose expiry date falls within the next N days.
    .PARAMETER Days
        Look-ahead window in days.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(1, 365)]
        [int]$Days = 14
    )

    $until = (Get-Date).AddDays($Days)
    Get-ADUser -Filter 'Enabled -eq $true' -Properties AccountExpirationDate |
        Where-Object { $_.AccountExpirationDate -and $_.AccountExpirationDate -le $until } |
        Select-Object -Property SamAccountName, AccountExpirationDate
}

function Set-AccountExpiry {
    <#
    .SYNOPSIS
        Sets or extends the expiry date of an account.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$SamAccountName,

        [Parameter(Mandatory)]
        [datetime]$ExpiresOn
    )

    process {
        if ($PSCmdlet.ShouldProcess($SamAccountName, "Set expiry to $ExpiresOn")) {
            Set-ADAccountExpiration -Identity $SamAccountName -DateTime $ExpiresOn
        }
    }
}

Export-ModuleMember -Function Get-AccountExpiry, Set-AccountExpiry
