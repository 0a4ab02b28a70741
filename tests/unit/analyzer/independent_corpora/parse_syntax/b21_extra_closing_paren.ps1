# Quick capacity estimate for the VM cluster, run by hand each month.
$hosts = Get-Content -Path "$PSScriptRoot\hosts.txt"
$perHostGB = 512
$reservePercent = 20

$rawGB = $hosts.Count * $perHostGB
$usableGB = [math]::Floor(($rawGB * (100 - $reservePercent) / 100)))

[pscustomobject]@{
    Hosts    = $hosts.Count
    RawGB    = $rawGB
    UsableGB = $usableGB
}
