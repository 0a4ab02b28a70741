#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Lists enabled user accounts that have not logged on for a number of days, for the quarterly review.
#>
[CmdletBinding()]
param(
    [int]$InactiveDays = 90,
    [string]$SearchBase = 'OU=Staff,DC=corp,DC=example',
    [string]$OutFile = '.\stale-accounts.csv'
)

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$filter = { Enabled -eq $true -and LastLogonDate -lt $cutoff }

$properties = 'LastLogonDate', 'PasswordLastSet', 'Department', 'Manager', 'whenCreated'
$users = Get-ADUser -Filter $filter -SearchBase $SearchBase -Properties $properties

$report = $users |
    Where-Object { $_.whenCreated -lt $cutoff } |
    Select-Object -Property SamAccountName, Name, Department,
        @{ Name = 'Manager'; Expression = { ($_.Manager -split ',')[0] -replace '^CN=' } },
        LastLogonDate, PasswordLastSet

$report | Sort-Object -Property LastLogonDate | Export-Csv -Path $OutFile -NoTypeInformation
Write-Verbose -Message ('{0} stale accounts written to {1}' -f @($report).Count, $OutFile)
