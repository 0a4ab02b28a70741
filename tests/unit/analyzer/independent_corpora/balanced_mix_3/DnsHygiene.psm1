#Requires -Modules DnsServer

function Get-StaleDnsRecord {
    <#
    .SYNOPSIS
        Lists dynamic A records older than a number of days.
    .EXAMPLE
        Get-StaleDnsRecord -ZoneName corp.contoso.com -Days 60
    #>
    [CmdletBinding()]
    [OutputType([Microsoft.Management.Infrastructure.CimInstance])]
    param(
        [Parameter(Mandatory)]
        [string]$ZoneName,
        [string]$DnsServer = $env:COMPUTERNAME,
        [int]$Days = 30
    )
    $cutoff = (Get-Date).AddDays(-$Days)
    Get-DnsServerResourceRecord -ZoneName $ZoneName -ComputerName $DnsServer -RRType A |
        Where-Object { $_.Timestamp -and $_.Timestamp -lt $cutoff }
}

function Remove-StaleDnsRecord {
    <#
    .SYNOPSIS
        Removes the records Get-StaleDnsRecord returns.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [Microsoft.Management.Infrastructure.CimInstance]$Record,
        [Parameter(Mandatory)]
        [string]$ZoneName,
        [string]$DnsServer = $env:COMPUTERNAME
    )
    process {
        if ($PSCmdlet.ShouldProcess($Record.HostName, 'Remove DNS record')) {
            Remove-DnsServerResourceRecord -ZoneName $ZoneName -ComputerName $DnsServer -InputObject $Record -Force
        }
    }
}

function Export-DnsZoneReports {
    param(
        [string[]]$Zones,
        [string]$OutFolder
    )
    foreach ($z in $Zones) {
        Get-StaleDnsRecord -ZoneName $z | Export-Csv -Path (Join-Path $OutFolder "$z.csv") -NoTypeInformation
    }
}

function Clear-DnsScavengeFlag {
    param([string]$ZoneName)
    Set-DnsServerZoneAging -Name $ZoneName -Aging $false
}

Export-ModuleMember -Function Get-StaleDnsRecord, Remove-StaleDnsRecord, Export-DnsZoneReports
