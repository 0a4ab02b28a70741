function Export-VMInventory {
    <#
    .SYNOPSIS
        Exports the Hyper-V inventory of one host to CSV.
    .PARAMETER ComputerName
        Hyper-V host to query.
    .PARAMETER Legacy
        Kept for backwards compatibility with the old scheduler; ignored.
    #>
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSReviewUnusedParameter', 'Legacy', Justification = 'Kept for old callers')]
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string[]]$ComputerName,

        [switch]$Legacy,

        [switch]$IncludeDisks,

        [string]$OutFile = "$env:TEMP\vm-inventory.csv"
    )

    $vms = Get-VM -ComputerName $ComputerName
    $rows = foreach ($vm in $vms) {
        [pscustomobject]@{
            Name     = $vm.Name
            State    = $vm.State
            MemoryGB = [math]::Round($vm.MemoryAssigned / 1GB, 1)
            Uptime   = $vm.Uptime
        }
    }
    $rows | Export-Csv -Path $OutFile -NoTypeInformation
}

Export-VMInventory -ComputerName 'HV01' -OutFile 'D:\Reports\hv01.csv'
Export-VMInventory -ComputerName 'HV02', 'HV03' -OutFile 'D:\Reports\hv-cluster.csv'
