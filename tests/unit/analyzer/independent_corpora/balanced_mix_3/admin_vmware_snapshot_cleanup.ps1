# Snapshot cleanup - run from the jump box every Friday
param(
    [string]$vCenter = "vcsa01.corp.local",
    [switch]$Force = $true,
    [int]$MaxAgeDays = 14
)

Import-Module VMware.PowerCLI
Connect-VIServer $vCenter

$cutoff = (Get-Date).AddDays(-$MaxAgeDays)
$snaps = Get-VM | Get-Snapshot | ? { $_.Created -lt $cutoff }
if ($snaps.Count = 0) {
    Write-Host "nothing to do"
    exit
}

foreach ($s in $snaps) {
    Write-Host "Removing $($s.Name) on $($s.VM)" 
    Remove-Snapshot -Snapshot $s -Confirm:(!$Force)
}

$snaps | Select-Object VM, Name, Created, SizeGB | Export-Csv -Path .\snapshots.log -NoTypeInformation
$hash = Get-FileHash -Path .\snapshots.log -Algorithm MD5
Write-Output "Log checksum $($hash.Hash)"
Disconnect-VIServer -Confirm:$false
