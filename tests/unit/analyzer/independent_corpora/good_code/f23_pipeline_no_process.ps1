function Get-DnsRecordAge {
    <#
    .SYNOPSIS
        Shows how old the dynamic A records of the given hosts are.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [string[]]$HostName,

        [string]$ZoneName = 'corp.contoso.com',

        [string]$DnsServer = 'dc01.corp.contoso.com'
    )

    foreach ($name in $HostName) {
        $record = Get-DnsServerResourceRecord -ZoneName $ZoneName -Name $name -RRType A -ComputerName $DnsServer -ErrorAction SilentlyContinue
        if ($record -and $record.Timestamp) {
            [pscustomobject]@{
                HostName = $name
                Address  = $record.RecordData.IPv4Address
                AgeDays  = [int]((Get-Date) - $record.Timestamp).TotalDays
            }
        }
    }
}

Get-Content -Path '.\hosts.txt' | Get-DnsRecordAge
