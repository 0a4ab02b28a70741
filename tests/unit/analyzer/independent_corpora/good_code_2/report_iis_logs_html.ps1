[CmdletBinding()]
param(
    [string]$LogDirectory = 'C:\inetpub\logs\LogFiles\W3SVC1',
    [int]$Days = 1,
    [string]$ReportPath = (Join-Path -Path $env:TEMP -ChildPath 'iis-errors.html')
)

$since = (Get-Date).AddDays(-$Days)
$logFiles = Get-ChildItem -Path $LogDirectory -Filter 'u_ex*.log' |
    Where-Object { $_.LastWriteTime -ge $since }

$entries = foreach ($file in $logFiles) {
    $fields = $null
    foreach ($line in [System.IO.File]::ReadLines($file.FullName)) {
        if ($line.StartsWith('#Fields:')) {
            $fields = $line.Substring(9).Split(' ')
            continue
        }
        if ($line.StartsWith('#') -or -not $fields) { continue }
        $values = $line.Split(' ')
        $record = [ordered]@{}
        for ($i = 0; $i -lt $fields.Count; $i++) {
            $record[$fields[$i]] = $values[$i]
        }
        [pscustomobject]$record
    }
}

$errors5xx = $entries | Where-Object { [int]$_.'sc-status' -ge 500 }
$summary = $errors5xx |
    Group-Object -Property 'cs-uri-stem' |
    Sort-Object -Property Count -Descending |
    Select-Object -First 25 -Property Count, Name

$head = '<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>'
$summary |
    ConvertTo-Html -Head $head -Title 'IIS 5xx by URL' -PreContent "<h1>5xx since $since</h1>" |
    Set-Content -Path $ReportPath -Encoding UTF8

Write-Output "Report: $ReportPath ($(@($errors5xx).Count) errors)"
