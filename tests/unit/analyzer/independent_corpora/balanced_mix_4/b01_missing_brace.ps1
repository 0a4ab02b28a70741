# Weekly report of locked-out accounts (run on the PDC emulator)
function Get-LockedOutReport {
    [CmdletBinding()]
    param([int]$Days = 7)

    $since = (Get-Date).AddDays(-$Days)
    $lockouts = Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4740; StartTime = $since }
    foreach ($entry in $lockouts) {
        [PSCustomObject]@{
            User   = $entry.Properties[0].Value
            Source = $entry.Properties[1].Value
            Time   = $entry.TimeCreated
        }
}

Get-LockedOutReport -Days 14 | Export-Csv -Path .\lockouts.csv -NoTypeInformation
