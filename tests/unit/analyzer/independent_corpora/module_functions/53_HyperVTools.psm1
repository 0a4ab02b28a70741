Set-StrictMode -Version Latest

$script:DefaultCluster = 'hvcluster01'

function Get-VmInventory {
    [CmdletBinding()]
    param(
        [string]$Cluster = $script:DefaultCluster
    )

    Get-ClusterNode -Cluster $Cluster | ForEach-Object {
        Get-VM -ComputerName $_.Name |
            Select-Object -Property Name, State, ComputerName, MemoryAssigned, Uptime
    }
}

function Stop-IdleVm {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$Name,

        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$ComputerName,

        [timespan]$MinimumUptime = (New-TimeSpan -Days 30)
    )

    process {
        $vm = Get-VM -Name $Name -ComputerName $ComputerName
        if ($vm.Uptime -lt $MinimumUptime) {
            return
        }
        if ($PSCmdlet.ShouldProcess("$Name on $ComputerName", 'Shut down idle VM')) {
            $vm | Stop-VM -Force
        }
    }
}

$exported = 'Get-VmInventory', 'Stop-IdleVm'
Export-ModuleMember -Function $exported
