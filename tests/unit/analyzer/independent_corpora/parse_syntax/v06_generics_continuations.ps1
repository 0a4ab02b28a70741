<#
.SYNOPSIS
    Counts process instances per user and writes the top consumers.
#>
$counts = [System.Collections.Generic.Dictionary[string, int]]::new([System.StringComparer]::OrdinalIgnoreCase)
$byName = [System.Collections.Generic.SortedDictionary[string, System.Collections.Generic.List[int]]]::new()
$seen = [System.Collections.Generic.HashSet[string]]::new()

foreach ($proc in Get-Process -IncludeUserName) {
    $owner = if ($proc.UserName) { $proc.UserName } else { 'SYSTEM' }
    $current = 0
    if ($counts.TryGetValue($owner, [ref]$current)) {
        $counts[$owner] = $current + 1
    }
    else {
        $counts.Add($owner, 1)
    }
    if (-not $byName.ContainsKey($proc.ProcessName)) {
        $byName[$proc.ProcessName] = [System.Collections.Generic.List[int]]::new()
    }
    $byName[$proc.ProcessName].Add($proc.Id)
    [void]$seen.Add($owner)
}

$report = [ordered]@{
    GeneratedAt = Get-Date; Host = [System.Net.Dns]::GetHostName()
    Users = $counts.Count; ProcessNames = $byName.Count
    Owners = [string]::Join(',', $seen)
}

$top = $counts.GetEnumerator() |
    Sort-Object -Property Value -Descending |
    Select-Object -First 5

$total = $top |
    Measure-Object -Property Value -Sum |
    Select-Object -ExpandProperty Sum

$isBusy = $total -gt 500 -and
    $report.Users -gt 3

Get-ChildItem -Path $env:TEMP `
    -Filter '*.tmp' `
    -File |
    Where-Object -FilterScript { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
    Measure-Object |
    Select-Object -Property Count

[pscustomobject]$report
$top
"Busy: $isBusy"
