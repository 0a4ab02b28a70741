<#
.SYNOPSIS
    Lists computer accounts that have not logged on to the domain for a given number of days.
.DESCRIPTION
    Quarterly AD hygiene report. Uses lastLogonTimestamp, which replicates with a lag of up to
    14 days, so the threshold should not be set below 30 days.
.PARAMETER Days
    Minimum number of days since the last logon.
.PARAMETER SearchBase
    Distinguished name of the OU to search; the whole domain when omitted.
.EXAMPLE
    .\Get-StaleComputerAccount.ps1 -Days 120 | Export-Csv -Path .\stale.csv -NoTypeInformation
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateRange(30, 3650)]
    [int]$Days = 90,

    [string]$SearchBase
)

Import-Module -Name ActiveDirectory -ErrorAction Stop

$cutoff = (Get-Date).AddDays(-$Days).ToFileTime()
$query = @{
    LDAPFilter = "(&(objectCategory=computer)(lastLogonTimestamp<=$cutoff))"
    Properties = @('lastLogonTimestamp', 'OperatingSystem', 'Description', 'whenCreated', 'ManagedBy')
}
if ($SearchBase) {
    $query.SearchBase = $SearchBase
}

$domainControllers = (Get-ADDomainController -Filter *).Name

Get-ADComputer @query |
    Where-Object { $_.Name -notin $domainControllers } |
    ForEach-Object {
        $lastLogon = [datetime]::FromFileTime($_.lastLogonTimestamp)
        [pscustomobject]@{
            Name            = $_.Name
            Enabled         = $_.Enabled
            OperatingSystem = $_.OperatingSystem
            LastLogon       = $lastLogon
            DaysInactive    = [int]((Get-Date) - $lastLogon).TotalDays
            Created         = $_.whenCreated
            ManagedBy       = $_.ManagedBy
            Description     = $_.Description
            OU              = ($_.DistinguishedName -split ',', 2)[1]
        }
    } |
    Sort-Object -Property DaysInactive -Descending
