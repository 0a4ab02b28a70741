#Requires -Modules DnsServer
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ZoneName,

    [Parameter(Mandatory)]
    [string]$CsvPath
)

function Add-HostRecords {
    param($Zone, $Records)

    foreach ($input in $Records) {
        $existing = Get-DnsServerResourceRecord -ZoneName $Zone -Name $input.Name -RRType A -ComputerName 'DNS01' -ErrorAction SilentlyContinue
        if ($existing) {
            Write-Verbose "Skipping $($input.Name): already present"
            continue
        }
        Add-DnsServerResourceRecordA -ZoneName $Zone -Name $input.Name -IPv4Address $input.IP -ComputerName 'DNS01'
    }
}

$records = Import-Csv -Path $CsvPath
Add-HostRecords -Zone $ZoneName -Records $records
