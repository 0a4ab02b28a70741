#Requires -Modules Hyper-V
param(
    [string]$HostName = 'HV-CLUSTER-02',
    [int]$MaxAgeDays = 7,
    [switch]$Remove = $true
)

$vms = Get-VM -ComputerName $HostName
foreach ($vm in $vms) {
    $old = Get-VMSnapshot -VM $vm | Where-Object CreationTime -lt (Get-Date).AddDays(-$MaxAgeDays)
    foreach ($snap in $old) {
        $age = ((Get-Date) - $snap.CreationTime).Days
        Write-Output ("{0}: checkpoint '{1}' is {2} days old" -f $vm.Name, $snap.Name, $age)
        if ($Remove) {
            Remove-VMSnapshot -VMSnapshot $snap -Confirm:$false
        }
    }
}

$running = Get-VM -ComputerName HV-CLUSTER-02 | Where-Object State -eq 'Running'
Write-Output "$($running.Count) VMs running on $HostName"
