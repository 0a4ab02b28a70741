[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Path,

    [string]$SchemaPath = (Join-Path -Path $PSScriptRoot -ChildPath 'appsettings.schema.json')
)

$json = Get-Content -Path $Path -Raw
$schema = Get-Content -Path $SchemaPath -Raw

if (-not (Test-Json -Json $json -Schema $schema -ErrorAction SilentlyContinue)) {
    throw "$Path does not match $SchemaPath"
}

$settings = $json | ConvertFrom-Json -AsHashtable -Depth 20
$missing = 'ConnectionStrings', 'Logging', 'AllowedHosts' | Where-Object { -not $settings.ContainsKey($_) }
if ($missing) {
    throw "Missing sections: $($missing -join ', ')"
}

$settings.Keys | Sort-Object | ConvertTo-Json -AsArray -Compress
