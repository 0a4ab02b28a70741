<#
.SYNOPSIS
    Counts IIS log entries by status class using switch -File and -Regex.
.PARAMETER LogPath
    A W3C log file.
#>
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string]$LogPath
)

$counts = @{ '2xx' = 0; '3xx' = 0; '4xx' = 0; '5xx' = 0; Other = 0 }
$slowest = $null

switch -Regex -File $LogPath {
    '^#' { continue }
    '\s(2\d\d)\s' { $counts['2xx']++ }
    '\s(3\d\d)\s' { $counts['3xx']++ }
    '\s(4\d\d)\s' { $counts['4xx']++ }
    '\s(5\d\d)\s' {
        $counts['5xx']++
        $fields = -split $_
        $taken = [int]$fields[-1]
        if ($null -eq $slowest -or $taken -gt $slowest.Milliseconds) {
            $slowest = [pscustomobject]@{ Line = $_; Milliseconds = $taken }
        }
    }
    default { $counts.Other++ }
}

$status = 404
$label = switch ($status, 200, 503) {
    { $_ -in 200..299 } { 'ok' }
    404 { 'missing' }
    { $_ -ge 500 } { 'server' }
}

switch -Wildcard -CaseSensitive ('Error.log', 'trace.LOG') {
    '*.log' { "lower: $_" }
    '*.LOG' { "upper: $_" }
}

$counts.GetEnumerator() | Sort-Object -Property Name | Format-Table -AutoSize
"Slowest 5xx: {0} ms" -f $slowest.Milliseconds
$label -join ','
