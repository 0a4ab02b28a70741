#Requires -Version 7.0
param(
    [string]$ListPath = './hosts.txt',
    [int]$Throttle = 16
)

$timeout = 2
$hosts = Get-Content -Path $ListPath | Where-Object { $_ -and -not $_.StartsWith('#') }

$results = $hosts | ForEach-Object -Parallel {
    $ok = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $timeout -Quiet
    [pscustomobject]@{ Host = $_; Up = $ok }
} -ThrottleLimit $Throttle

$results | Sort-Object -Property Up, Host | Format-Table -AutoSize
