#Requires -Version 5.1
Set-StrictMode -Version Latest

<#
.SYNOPSIS
    Returns one row per network adapter with its IPv4 configuration.
.PARAMETER Name
    Adapter name filter; wildcards allowed.
#>
function Get-NetAdapterReport {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter()]
        [SupportsWildcards()]
        [string]$Name = '*'
    )

    foreach ($adapter in Get-NetAdapter -Name $Name) {
        $ip = Get-NetIPAddress -InterfaceIndex $adapter.ifIndex -AddressFamily IPv4 -ErrorAction SilentlyContinue
        [pscustomobject]@{
            Adapter   = $adapter.Name
            Status    = $adapter.Status
            Address   = $ip.IPAddress
            PrefixLen = $ip.PrefixLength
            Mask      = ConvertTo-SubnetMask -PrefixLength $ip.PrefixLength
        }
    }
}

function Set-DnsSuffix {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$InterfaceAlias,

        [Parameter(Mandatory)]
        [ValidatePattern('^[a-z0-9.-]+$')]
        [string]$Suffix
    )

    Set-DnsClient -InterfaceAlias $InterfaceAlias -ConnectionSpecificSuffix $Suffix
    Format-Row -Label $InterfaceAlias -Value $Suffix
}

function ConvertTo-SubnetMask {
    param([int]$PrefixLength)

    $bits = ('1' * $PrefixLength).PadRight(32, '0')
    $octets = for ($i = 0; $i -lt 32; $i += 8) { [Convert]::ToInt32($bits.Substring($i, 8), 2) }
    $octets -join '.'
}

function Format-Row {
    param($Label, $Value)
    Write-Host ('{0,-20} {1}' -f $Label, $Value) -ForegroundColor Cyan
}

Export-ModuleMember -Function Get-NetAdapterReport, Set-DnsSuffix
