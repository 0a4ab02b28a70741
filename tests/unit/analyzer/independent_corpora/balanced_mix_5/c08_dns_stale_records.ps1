[CmdletBinding()]
param(
    [string]$ZoneName = 'corp.local',
    [int]$MaxAgeDays = 60
)

$cutoff = (Get-Date).AddDays(-$MaxAgeDays)
$records = Get-DnsServerResourceRecord -ZoneName $ZoneName -RRType A |
    Where-Object { $_.Timestamp -and $_.Timestamp -lt $cutoff }

$records |
    Select-Object -Property HostName, @{ Name = 'IPv4'; Expression = { $_.RecordData.IPv4Address.IPAddressToString } }, Timestamp |
    Sort-Object -Property Timestamp
