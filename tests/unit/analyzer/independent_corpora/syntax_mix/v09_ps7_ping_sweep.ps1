#Requires -Version 7.2
param(
    [string[]]$ComputerName = @('web01', 'web02', 'web03'),
    [int]$ThrottleLimit = 4
)

$timeoutSec = $env:PING_TIMEOUT ?? 2
$cache = $null
$cache ??= @{}

$results = $ComputerName | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
    $ok = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $using:timeoutSec -Quiet
    [pscustomobject]@{ Host = $_; Online = $ok }
}

foreach ($r in $results) {
    $cache[$r.Host] = $r.Online ? 'up' : 'down'
}

$first = $results | Select-Object -First 1
Write-Output (${first}?.Host)
Test-Path -Path ./hosts.txt && Write-Output 'hosts file present' || Write-Warning -Message 'no hosts file'
$cache.GetEnumerator() | Sort-Object -Property Name | Format-Table -AutoSize
