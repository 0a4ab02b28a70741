#Requires -Modules Hyper-V
<#
.SYNOPSIS
    Removes automatic checkpoints older than the retention window from lab VMs.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [string]$VMNameLike = 'LAB-*',
    [ValidateRange(1, 90)]
    [int]$RetentionDays = 14
)

$cutoff = (Get-Date).AddDays(-$RetentionDays)
$vms = Get-VM -Name $VMNameLike

foreach ($vm in $vms) {
    $old = Get-VMSnapshot -VM $vm |
        Where-Object -FilterScript { $_.CreationTime -lt $cutoff -and $_.SnapshotType -eq 'Standard' -and $_.Name -like 'Automatic*' }
    foreach ($checkpoint in $old) {
        if ($PSCmdlet.ShouldProcess("$($vm.Name)\$($checkpoint.Name)", 'Remove checkpoint')) {
            Remove-VMSnapshot -VMSnapshot $checkpoint
        }
    }
}
