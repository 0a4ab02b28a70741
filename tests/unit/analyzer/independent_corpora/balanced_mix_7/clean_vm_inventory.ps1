<#
.SYNOPSIS
    Hyper-V inventory across a cluster, exported for the CMDB import.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ClusterName,

    [string]$Path = '.\hyperv_inventory.csv'
)

$nodes = Get-ClusterNode -Cluster $ClusterName | Where-Object -Property State -EQ -Value 'Up'

$inventory = foreach ($node in $nodes) {
    Get-VM -ComputerName $node.Name | ForEach-Object -Process {
        [pscustomobject]@{
            Node       = $node.Name
            VM         = $_.Name
            State      = $_.State
            vCPU       = $_.ProcessorCount
            MemoryGB   = [math]::Round($_.MemoryAssigned / 1GB, 1)
            Generation = $_.Generation
            Uptime     = $_.Uptime
        }
    }
}

$inventory | Sort-Object -Property Node, VM | Export-Csv -Path $Path -NoTypeInformation
Write-Verbose -Message "Exported $(@($inventory).Count) VMs to $Path"
