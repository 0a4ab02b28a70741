function Set-ZoneScavenging {
    param(
        [string]$Zone,
        [int]$NoRefreshDays = 7,
        [int]$RefreshDays = 7
    )
    $noRefresh = New-TimeSpan -Days $NoRefreshDays
    $refresh = New-TimeSpan -Days $RefreshDays
    Set-DnsServerZoneAging -Name $Zone -Aging $true -NoRefreshInterval $noRefresh -RefreshInterval $refresh -ComputerName 'dc01'
}

$zones = Get-DnsServerZone -ComputerName dc01 | ? { -not $_.IsAutoCreated -and $_.ZoneType -eq 'Primary' }
foreach ($z in $zones) {
    Set-ZoneScavenging -Zone $z.ZoneName
}

$stale = Get-DnsServerResourceRecord -ZoneName 'corp.local' -ComputerName dc01 |
    Where-Object { $null -ne $_.Timestamp -and $_.Timestamp -lt (Get-Date).AddDays(-30) }
$stale | Export-Csv -Path C:\Reports\stale-dns.csv -NoTypeInformation
Start-DnsServerScavenging -ComputerName dc01 -Force
