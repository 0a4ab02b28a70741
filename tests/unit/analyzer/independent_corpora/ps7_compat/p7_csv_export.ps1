#Requires -Version 7.0
param(
    [string]$Database = 'inventory.sqlite',
    [string]$OutDir = './exports'
)

$null = New-Item -Path $OutDir -ItemType Directory -Force
$rows = & sqlite3 -json $Database 'SELECT * FROM assets;' | ConvertFrom-Json -Depth 5

$stamp = Get-Date -UFormat '%Y%m%d'
$csvPath = Join-Path -Path $OutDir -ChildPath "assets-$stamp.csv"
$rows | ConvertTo-Csv -UseQuotes AsNeeded -NoTypeInformation | Out-File -FilePath $csvPath

$rows | ConvertTo-Json -AsArray -Depth 5 | Out-File -FilePath ($csvPath -replace '\.csv$', '.json')
Write-Output "Exported $($rows.Count) assets"
