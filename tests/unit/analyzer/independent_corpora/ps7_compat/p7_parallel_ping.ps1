#Requires -Version 7.2
param(
    [string]$ListPath = './servers.txt',
    [int]$Port = 443
)

$servers = Get-Content -Path $ListPath | Where-Object { $_ -and -not $_.StartsWith('#') }
$report = $servers | ForEach-Object -Parallel {
    $ok = Test-Connection -TargetName $_ -TcpPort $using:Port -TimeoutSeconds 2 -Quiet
    [pscustomobject]@{ Server = $_; Port = $using:Port; Reachable = $ok }
} -ThrottleLimit 16

$down = $report | Where-Object { -not $_.Reachable }
$down ? ($down | Format-Table -AutoSize) : 'All servers reachable.'
