# Quick reachability check before the patch wave
$servers = Get-Content -Path .\patch-wave1.txt
$unreachable = @()
foreach ($s in ) {
    if (-not (Test-Connection -ComputerName $s -Count 1 -Quiet)) {
        $unreachable += $s
    }
}
$unreachable | Set-Content -Path .\unreachable.txt
