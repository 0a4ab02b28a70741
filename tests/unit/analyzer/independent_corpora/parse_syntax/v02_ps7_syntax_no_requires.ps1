<#
.SYNOPSIS
    Checks a list of web endpoints in parallel and summarises the results.
#>
[CmdletBinding()]
param(
    [string]$ListPath = "$PSScriptRoot\endpoints.txt",
    [int]$TimeoutSec
)

$TimeoutSec = $TimeoutSec -gt 0 ? $TimeoutSec : 10
$endpoints = Get-Content -Path $ListPath -ErrorAction SilentlyContinue
$endpoints ??= @('https://www.example.com')

$results = $endpoints | ForEach-Object -Parallel {
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        $response = Invoke-WebRequest -Uri $_ -TimeoutSec $using:TimeoutSec -UseBasicParsing
        $code = $response.StatusCode
    }
    catch {
        $code = $_.Exception.Response?.StatusCode ?? 'NoResponse'
    }
    [pscustomobject]@{ Url = $_; Status = $code; Ms = $sw.ElapsedMilliseconds }
}

$failed = @($results | Where-Object { $_.Status -ne 200 })
$summary = "{0} of {1} endpoints healthy" -f ($results.Count - $failed.Count), $results.Count
Write-Output $summary

$first = $failed | Select-Object -First 1
Write-Verbose -Message "First failure: $(${first}?.Url)"

Test-Path -Path "$PSScriptRoot\report" || New-Item -Path "$PSScriptRoot\report" -ItemType Directory | Out-Null
$results | Export-Csv -Path "$PSScriptRoot\report\health.csv" -NoTypeInformation && Write-Verbose -Message 'Report written'
