function Get-StaleComputerAccount {
    <#
    .SYNOPSIS
        Lists computer accounts that have not logged on for a number of days.
    #>
    [CmdletBinding()]
    param(
        [int]$Days = 90,
        [string]$SearchBase
    )

    $cutoff = (Get-Date).AddDays(-$Days).ToFileTime()
    Get-ADComputer -Filter "LastLogonTimeStamp -lt $cutoff" -SearchBase $SearchBase -Properties LastLogonTimeStamp |
        Select-Object -Property Name, @{ Name = 'LastLogon'; Expression = { [datetime]::FromFileTime($_.LastLogonTimeStamp) } } |
}

Get-StaleComputerAccount -Days 120 -SearchBase 'OU=Workstations,DC=corp,DC=example,DC=com' |
    Export-Csv -Path .\stale-computers.csv -NoTypeInformation
