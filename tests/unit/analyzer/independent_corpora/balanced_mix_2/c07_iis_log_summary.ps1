<#
.SYNOPSIS
    Summarises status codes and slow requests from W3C-format IIS logs.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$LogPath,

    [int]$SlowThresholdMs = 2000
)

$fields = @()
$statusCounts = @{}
$slow = [System.Collections.Generic.List[object]]::new()

foreach ($line in [System.IO.File]::ReadLines($LogPath)) {
    if ($line.StartsWith('#Fields:')) {
        $fields = $line.Substring(9).Split(' ')
        continue
    }
    if ($line.StartsWith('#') -or $fields.Count -eq 0) {
        continue
    }

    $values = $line.Split(' ')
    $entry = @{}
    for ($i = 0; $i -lt $fields.Count; $i++) {
        $entry[$fields[$i]] = $values[$i]
    }

    $status = $entry['sc-status']
    $statusCounts[$status] = 1 + $statusCounts[$status]
    if ([int]$entry['time-taken'] -ge $SlowThresholdMs) {
        $slow.Add([pscustomobject]@{ Uri = $entry['cs-uri-stem']; Ms = [int]$entry['time-taken'] })
    }
}

$statusCounts.GetEnumerator() | Sort-Object Name | ForEach-Object {
    '{0}: {1}' -f $_.Name, $_.Value
}
$slow | Sort-Object Ms -Descending | Select-Object -First 10
