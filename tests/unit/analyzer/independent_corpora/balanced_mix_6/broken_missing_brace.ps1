function Get-StaleComputer {
    [CmdletBinding()]
    param(
        [int]$Days = 90
    )
    $limit = (Get-Date).AddDays(-$Days)
    Get-ADComputer -Filter 'Enabled -eq $true' -Properties LastLogonDate |
        Where-Object { $_.LastLogonDate -lt $limit } |
        Select-Object -Property Name, LastLogonDate

Get-StaleComputer -Days 120 | Export-Csv -Path .\stale.csv -NoTypeInformation
