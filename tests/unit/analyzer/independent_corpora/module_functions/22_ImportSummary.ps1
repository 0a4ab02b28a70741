function Show-Banner {
    param([string]$Title)

    $line = '=' * ($Title.Length + 4)
    Write-Host $line -ForegroundColor DarkCyan
    Write-Host "  $Title" -ForegroundColor Cyan
    Write-Host $line -ForegroundColor DarkCyan
}

function Write-Summary {
    param([hashtable]$Counts)

    foreach ($key in $Counts.Keys) {
        [Console]::WriteLine('{0,-12}{1,6}', $key, $Counts[$key])
    }
}

function Publish-Report {
    param(
        [string]$Path,
        [hashtable]$Counts
    )

    $Counts.GetEnumerator() |
        Sort-Object -Property Name |
        ForEach-Object { '{0},{1}' -f $_.Name, $_.Value } |
        Set-Content -Path $Path
    Write-Information -MessageData "Report written to $Path" -InformationAction Continue
}

Show-Banner -Title 'Nightly import'
$counts = @{ Imported = 1204; Skipped = 17; Failed = 2 }
Write-Summary -Counts $counts
Publish-Report -Path .\import-summary.csv -Counts $counts
Write-Host 'Done.'
