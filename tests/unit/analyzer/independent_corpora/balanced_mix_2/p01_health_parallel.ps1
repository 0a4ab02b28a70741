#Requires -Version 7.2
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$Endpoint,
    [int]$TimeoutSec = 5,
    [int]$ThrottleLimit = 16
)

$results = $Endpoint | ForEach-Object -Parallel {
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        $resp = Invoke-WebRequest -Uri $_ -TimeoutSec $TimeoutSec -SkipHttpErrorCheck
        $status = $resp.StatusCode
    }
    catch {
        $status = 'unreachable'
    }
    [pscustomobject]@{ Url = $_; Status = $status; Ms = $sw.ElapsedMilliseconds }
} -ThrottleLimit $ThrottleLimit

$failed = $results.Where({ $_.Status -ne 200 })
$summary = $failed.Count -eq 0 ? 'all healthy' : "$($failed.Count) failing"
Write-Information "Health check: $summary" -InformationAction Continue
$results | Sort-Object Ms -Descending | Format-Table -AutoSize
