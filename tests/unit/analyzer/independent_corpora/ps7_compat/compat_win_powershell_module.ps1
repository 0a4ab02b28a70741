#Requires -Version 7.0
# Uses the WSUS module, which only loads in Windows PowerShell, from a PowerShell 7 session.
param(
    [string]$WsusServer = 'wsus01',
    [int]$DaysOld = 30
)

Import-Module -Name UpdateServices -UseWindowsPowerShell -WarningAction SilentlyContinue

$wsus = Get-WsusServer -Name $WsusServer -PortNumber 8530
$cutoff = (Get-Date).AddDays(-$DaysOld)

$stale = Get-WsusComputer -UpdateServer $wsus -ToLastReportedStatusTime $cutoff
$stale |
    Select-Object -Property FullDomainName, LastReportedStatusTime |
    Sort-Object -Property LastReportedStatusTime -Stable |
    Export-Csv -Path "./stale-$((Get-Date -Format 'yyyyMMdd')).csv" -NoTypeInformation -UseQuotes AsNeeded
