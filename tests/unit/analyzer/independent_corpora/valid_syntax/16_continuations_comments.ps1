<#
.SYNOPSIS
    Finds stale computer accounts; exercises every kind of line continuation.
#>
#requires -Modules ActiveDirectory
[CmdletBinding()]
param(
    [int]$DaysInactive = 90,
    [string]$SearchBase = 'OU=Workstations,DC=corp,DC=contoso,DC=com'
)

$cutoff = (Get-Date).AddDays(-$DaysInactive)
$properties = 'LastLogonDate',
    'OperatingSystem',
    'Description', <# inline block comment in a list #> 'IPv4Address'

$stale = Get-ADComputer -SearchBase $SearchBase -Filter 'Enabled -eq $true' -Properties $properties |
    Where-Object -FilterScript {
        $_.LastLogonDate -and
        $_.LastLogonDate -lt $cutoff -and
        -not ($_.Description -match 'keep|exempt')
    } |
    # comments between pipeline elements are allowed
    Sort-Object -Property LastLogonDate

$total = $stale.Count +
    0
$summary = 'Found {0} stale of {1} checked' -f $total, `
    (Get-ADComputer -SearchBase $SearchBase -Filter * | Measure-Object).Count

$stale | Select-Object -Property Name, `
    LastLogonDate, <# the OS #> OperatingSystem, `
    @{ Name = 'DaysIdle'; Expression = { ((Get-Date) - $_.LastLogonDate).Days } } |
    Export-Csv -Path "$env:TEMP\stale-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation

Write-Verbose -Message $summary <# trailing block comment #>
