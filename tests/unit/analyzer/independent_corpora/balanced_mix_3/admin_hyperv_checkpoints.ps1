# Removes Hyper-V checkpoints older than a week on each cluster node.
$nodes = (Get-ClusterNode -Cluster 'HVCLUSTER01').Name
$maxAge = New-TimeSpan -Days 7

function Remove-OldCheckpoints {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)][string]$Node,
        [timespan]$Age
    )
    $cutoff = (Get-Date) - $Age
    $old = Get-VM -ComputerName $Node | Get-VMSnapshot | Where-Object { $_.CreationTime -lt $cutoff }
    foreach ($cp in $old) {
        Write-Verbose "Removing $($cp.Name) from $($cp.VMName) on $Node"
        $cp | Remove-VMSnapshot
    }
    $old.Count
}

$total = 0
foreach ($n in $nodes) {
    $total += Remove-OldCheckpoints -Node $n -Age $maxAge
}
"Removed $total checkpoints"
