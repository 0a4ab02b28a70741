[CmdletBinding()]
param(
    [string]$ZoneName = 'corp.local',
    [string]$DnsServer = $env:LOGONSERVER.TrimStart('\')
)

$records = Get-DnsServerResourceRecord -ZoneName $ZoneName -ComputerName $DnsServer -RRType A |
    Where-Object -FilterScript { $_.Timestamp }

$stale = foreach ($record in $records) {
    $ip = $record.RecordData.IPv4Address.IPAddressToString
    if (-not (Test-Connection -ComputerName $ip -Count 1 -Quiet)) {
        [pscustomobject]@{
            Name      = $record.HostName
            Address   = $ip
            Timestamp = $record.Timestamp
        }
    }
}

$stale | Sort-Object -Property Timestamp | Format-Table -AutoSize
