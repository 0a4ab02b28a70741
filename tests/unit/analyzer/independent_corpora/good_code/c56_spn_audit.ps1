<#
.SYNOPSIS
    Audits user accounts with service principal names (the accounts exposed to Kerberoasting).
.DESCRIPTION
    Lists SPN-bearing user accounts with their password age and encryption types so that
    weak (RC4-only, old password) service accounts can be fixed. No tickets are requested.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateRange(30, 3650)]
    [int]$MaxPasswordAgeDays = 365
)

$accounts = Get-ADUser -Filter 'ServicePrincipalName -like "*"' -Properties ServicePrincipalName, PasswordLastSet, 'msDS-SupportedEncryptionTypes', AdminCount

foreach ($account in $accounts) {
    $encTypes = [int]$account.'msDS-SupportedEncryptionTypes'
    $aesEnabled = ($encTypes -band 0x18) -ne 0
    $ageDays = [int]((Get-Date) - $account.PasswordLastSet).TotalDays
    [pscustomobject]@{
        SamAccountName  = $account.SamAccountName
        Spns            = $account.ServicePrincipalName -join '; '
        PasswordAgeDays = $ageDays
        AesEnabled      = $aesEnabled
        Privileged      = $account.AdminCount -eq 1
        NeedsAttention  = (-not $aesEnabled) -or ($ageDays -gt $MaxPasswordAgeDays)
    }
}
