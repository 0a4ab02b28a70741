#Requires -Modules ActiveDirectory
[CmdletBinding()]
param(
    [int]$DaysInactive = 90,
    [string]$SearchBase = 'OU=Workstations,DC=corp,DC=local',
    [string]$ReportPath = (Join-Path -Path $PSScriptRoot -ChildPath 'stale-computers.csv')
)

$threshold = (Get-Date).AddDays(-$DaysInactive)
$stale = Get-ADComputer -Filter 'LastLogonTimeStamp -lt $threshold' -SearchBase $SearchBase -Properties LastLogonTimeStamp, OperatingSystem |
    Select-Object -Property Name, OperatingSystem, @{ Name = 'LastLogon'; Expression = { [datetime]::FromFileTime($_.LastLogonTimeStamp) } }

$stale | Sort-Object -Property LastLogon | Export-Csv -Path $ReportPath -NoTypeInformation
Write-Verbose "$(@($stale).Count) computers inactive since $($threshold.ToShortDateString())"
