#Requires -Version 5.1
param(
    [ValidateNotNull()][string]$Name = '',
    [ValidateSet('Fast', 'Full')][string]$Mode = 'Fast'
)

[ValidateRange(1, 64)][int]$workers = 8
[string[]]$queue = @()
$first, $second, $rest = 'a', 'b', 'c', 'd'
$low = $high = 0
$left, $right = $right, $left
$count = 0
$count += 3
$count *= 2
$count %= 5
$queue += "$Name-$Mode"
$null = New-Item -Path "$env:TEMP\work-$PID" -ItemType Directory -Force
[void][System.IO.Directory]::CreateDirectory("$env:TEMP\work-$PID\out")
$results = & {
    param($Items)
    foreach ($i in $Items) { $i * 2 }
} (1..3)

$output = cmd.exe /c ver *>&1
& $env:ComSpec /c 'echo warning 1>&2' 2>&1 3>$null | Out-String | Write-Verbose
Get-Item -Path "$env:TEMP\nope" 2>$null

if ($workers -gt 4 -and $queue.Count -gt 0) {
    $report = [pscustomobject]@{
        First   = $first
        Second  = $second
        Rest    = $rest -join ''
        Range   = $low..$high
        Swapped = "$left$right"
        Count   = $count
        Results = $results
        Output  = $output
    }
    return $report
}

throw [System.InvalidOperationException]::new("No work for $Name")
