#Requires -Modules ActiveDirectory
[CmdletBinding()]
param(
    [ValidateRange(30, 730)]
    [int]$InactiveDays = 120,
    [string]$SearchBase = 'OU=Staff,DC=corp,DC=local',
    [string]$ReportPath = (Join-Path -Path $PSScriptRoot -ChildPath 'stale-users.csv')
)

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$users = Get-ADUser -Filter 'Enabled -eq $true' -SearchBase $SearchBase -Properties LastLogonDate, Manager, whenCreated

$stale = $users | Where-Object {
    ($null -eq $_.LastLogonDate -and $_.whenCreated -lt $cutoff) -or
    ($_.LastLogonDate -lt $cutoff)
}

$stale |
    Select-Object -Property SamAccountName, Name, LastLogonDate, @{ Name = 'Manager'; Expression = { ($_.Manager -split ',')[0] -replace '^CN=' } } |
    Sort-Object -Property LastLogonDate |
    Export-Csv -Path $ReportPath -NoTypeInformation -Encoding UTF8

Write-Verbose -Message "$(@($stale).Count) of $(@($users).Count) enabled accounts are stale"
