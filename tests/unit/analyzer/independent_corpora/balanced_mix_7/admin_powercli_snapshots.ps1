# Find and remove VMware snapshots older than N days
param(
    [int]$MaxAgeDays = 7,
    [switch]$Remove
)

Connect-VIServer -Server vcenter01.corp.local -User 'svc_vmware@vsphere.local' -Password 'Vmw@re2024!'

$cutoff = (Get-Date).AddDays(-$MaxAgeDays)
$old = Get-VM | Get-Snapshot | Where-Object { $_.Created -lt $cutoff }

$old | Select-Object VM, Name, Created, @{ N = 'SizeGB'; E = { [math]::Round($_.SizeGB, 1) } } |
    Format-Table -AutoSize

if ($Remove) {
    foreach ($snap in $old) {
        Write-Host "Removing $($snap.Name) on $($snap.VM)"
        Remove-Snapshot -Snapshot $snap -Confirm:$false
    }
}
Disconnect-VIServer -Confirm:$false
