<#
.SYNOPSIS
    Summarises HTTP status codes from W3C IIS logs.
#>
param(
    [Parameter(Mandatory)]
    [string]$LogFile,
    [int]$Top = 10
)

$fields = $null
$counts = @{}
foreach ($line in [System.IO.File]::ReadLines($LogFile)) {
    if ($line.StartsWith('#Fields:')) {
        $fields = $line.Substring(9).Split(' ')
        continue
    }
    if ($line.StartsWith('#') -or -not $fields) {
        continue
    }
    $values = $line.Split(' ')
    $status = $values[[array]::IndexOf($fields, 'sc-status')]
    $counts[$status] = 1 + [int]$counts[$status]
}

$counts.GetEnumerator() |
    Sort-Object -Property Value -Descending |
    Select-Object -First $Top -Property @{ Name = 'Status'; Expression = { $_.Key } }, @{ Name = 'Hits'; Expression = { $_.Value } }
