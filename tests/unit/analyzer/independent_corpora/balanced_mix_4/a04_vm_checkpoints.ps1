# Nightly checkpoint rotation for the lab Hyper-V host
param(
    [string]$HyperVHost = 'HV-LAB01',
    [int]$Keep = 3
)

function New-NightlyCheckpoints {
    param($VMs)
    foreach ($vm in $VMs) {
        $name = "Nightly-$(Get-Date -Format 'yyyy-MM-dd')"
        Checkpoint-VM -VM $vm -SnapshotName $name
    }
}

function Remove-OldCheckpoint {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param($VM, [int]$Count)
    $snaps = Get-VMSnapshot -VM $VM | where { $_.Name -like 'Nightly-*' } | Sort-Object CreationTime -Descending
    $snaps | select -Skip $Count | Remove-VMSnapshot
}

$vms = Get-VM -ComputerName $HyperVHost | ? State -eq 'Running'
New-NightlyCheckpoints $vms
foreach ($v in $vms) {
    Remove-OldCheckpoint -VM $v -Count $Keep
}
Write-Host "Checkpoints rotated on $HyperVHost"
