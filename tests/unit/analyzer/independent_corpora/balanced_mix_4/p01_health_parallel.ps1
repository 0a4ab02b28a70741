#Requires -Version 7.2
[CmdletBinding()]
param(
    [string[]]$ComputerName = @('web01', 'web02', 'web03'),
    [int]$ThrottleLimit = 8
)

$timeout = 5
$results = $ComputerName | ForEach-Object -Parallel {
    $ok = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $using:timeout -Quiet
    [pscustomobject]@{
        Host   = $_
        Online = $ok
        Status = $ok ? 'up' : 'down'
    }
} -ThrottleLimit $ThrottleLimit

$down = $results.Where({ -not $_.Online })
$down.Count -gt 0 ? (Write-Warning "$($down.Count) hosts down") : (Write-Verbose 'all hosts up')
$results | Format-Table -AutoSize
