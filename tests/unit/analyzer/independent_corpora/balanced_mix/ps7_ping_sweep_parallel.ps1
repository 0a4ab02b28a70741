#Requires -Version 7.0
param(
    [string[]]$Servers = @('web01', 'web02', 'web03'),
    [int]$ThrottleLimit = 8
)

$timeoutSec = 5
Write-Verbose -Message "Pinging $($Servers.Count) servers, timeout $timeoutSec s"
$results = $Servers | ForEach-Object -Parallel {
    $ok = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $using:timeoutSec -Quiet
    [PSCustomObject]@{
        Server = $_
        Online = $ok
        Status = $ok ? 'up' : 'down'
    }
} -ThrottleLimit $ThrottleLimit

$down = $results.Where({ -not $_.Online })
$down.Count -gt 0 ? (Write-Warning "$($down.Count) servers down") : (Write-Output 'All servers up')
