#Requires -Version 7.2
# Merges a base JSON config with an optional override (PowerShell 7 only).

[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BasePath,

    [string]$OverridePath
)

function Merge-Setting {
    param([hashtable]$Base, [hashtable]$Override)
    foreach ($key in $Override.Keys) {
        $Base[$key] = ($Base[$key] -is [hashtable] -and $Override[$key] -is [hashtable]) ?
            (Merge-Setting -Base $Base[$key] -Override $Override[$key]) :
            $Override[$key]
    }
    $Base
}

$base = Get-Content -LiteralPath $BasePath -Raw | ConvertFrom-Json -AsHashtable
$override = $OverridePath ? (Get-Content -LiteralPath $OverridePath -Raw | ConvertFrom-Json -AsHashtable) : @{}
$merged = Merge-Setting -Base $base -Override $override

$merged.Logging ??= @{}
$merged.Logging.Level ??= 'Information'
$endpoints = $merged['Endpoints']
$port = ${endpoints}?[0]?.Port ?? 443

$options = [System.Text.Json.JsonSerializerOptions]@{ WriteIndented = $true }
$json = [System.Text.Json.JsonSerializer]::Serialize($merged, [hashtable], $options)
$json | Set-Content -LiteralPath ($BasePath -replace '\.json$', '.merged.json')
Write-Verbose -Message "Merged config written; first endpoint port $port"
