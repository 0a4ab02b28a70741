#Requires -Version 7.2
param(
    [Parameter(Mandatory)][string]$BaseConfig,
    [string]$OverrideConfig
)

$base = Get-Content -Path $BaseConfig -Raw | ConvertFrom-Json -AsHashtable
$override = $OverrideConfig ? (Get-Content -Path $OverrideConfig -Raw | ConvertFrom-Json -AsHashtable) : @{}

foreach ($key in $override.Keys) {
    $base[$key] = $override[$key]
}

$base['Logging'] ??= @{ Level = 'Information'; Path = './logs' }
$level = ${base}?['Logging']?['Level']
Write-Verbose "Effective log level: $level"

$base.Keys | Sort-Object | Join-String -Separator ', ' -OutputPrefix 'Keys: '
$base | ConvertTo-Json -Depth 5 | Set-Content -Path ./effective.json
