#Requires -Modules ActiveDirectory
function Get-StaleComputerAccounts {
    <#
    .SYNOPSIS
        Lists enabled computer accounts that have not logged on for a number of days.
    #>
    [CmdletBinding()]
    param(
        [int]$InactiveDays = 90,

        [string]$SearchBase = (Get-ADDomain).DistinguishedName
    )

    $cutoff = (Get-Date).AddDays(-$InactiveDays)
    Get-ADComputer -Filter 'Enabled -eq $true' -SearchBase $SearchBase -Properties LastLogonDate, OperatingSystem |
        Where-Object { $_.LastLogonDate -lt $cutoff } |
        Select-Object -Property Name, OperatingSystem, LastLogonDate
}

Get-StaleComputerAccounts -InactiveDays 120 |
    Sort-Object -Property LastLogonDate |
    Export-Csv -Path '.\stale-computers.csv' -NoTypeInformation
