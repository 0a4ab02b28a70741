param(
    [string[]]$TargetHost = @('web01', 'web02', 'db01', 'cache01'),
    [int]$Throttle = 8
)

$timeout = 2
Write-Verbose -Message "Pinging $($TargetHost.Count) hosts, timeout $timeout s"
$results = $TargetHost | ForEach-Object -Parallel {
    $ok = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $using:timeout -Quiet
    [PSCustomObject]@{ Name = $_; Up = $ok }
} -ThrottleLimit $Throttle

$down = $results | Where-Object { -not $_.Up }
if ($down) {
    $down | Join-String -Property Name -Separator ', ' -OutputPrefix 'Unreachable: ' | Write-Warning
}
$results | Sort-Object -Property Name
