#Requires -Version 7.1
# Loads the deployment settings, filling gaps with defaults and environment overrides.

param(
    [string]$ConfigPath = './deploy.settings.json'
)

$settings = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable

$settings.Environment ??= 'staging'
$settings.Region ??= $env:DEPLOY_REGION ?? 'westeurope'
$retries = $settings.Retries ?? 3

$endpoints = $settings.Endpoints
$primary = ${endpoints}?[0]
$apiHost = ${primary}?.Host
$timeout = $settings.TimeoutSeconds -gt 0 ? $settings.TimeoutSeconds : 30

$mode = $settings.Environment -eq 'production' ? 'strict' : 'lenient'
Write-Verbose "Deploying to $($settings.Environment) in $($settings.Region) ($mode)"

[pscustomobject]@{
    Environment = $settings.Environment
    Region      = $settings.Region
    Api         = $apiHost ?? 'localhost'
    Retries     = $retries
    Timeout     = $timeout
}
