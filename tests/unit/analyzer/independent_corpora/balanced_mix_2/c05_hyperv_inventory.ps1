#Requires -Modules Hyper-V
<#
.SYNOPSIS
    Inventory of virtual machines on the local Hyper-V host.
#>
[CmdletBinding()]
param(
    [string]$OutputPath = (Join-Path $PSScriptRoot 'vm-inventory.csv')
)

$inventory = Get-VM | ForEach-Object {
    $vm = $_
    $disks = Get-VMHardDiskDrive -VM $vm
    $sizeGb = 0
    foreach ($disk in $disks) {
        $sizeGb += (Get-VHD -Path $disk.Path).FileSize / 1GB
    }
    [pscustomobject]@{
        Name       = $vm.Name
        State      = $vm.State
        CPUs       = $vm.ProcessorCount
        MemoryGB   = [math]::Round($vm.MemoryAssigned / 1GB, 1)
        DiskGB     = [math]::Round($sizeGb, 1)
        Generation = $vm.Generation
        Uptime     = $vm.Uptime
    }
}

$inventory | Export-Csv -Path $OutputPath -NoTypeInformation
Write-Verbose "Wrote $(@($inventory).Count) machines to $OutputPath"
