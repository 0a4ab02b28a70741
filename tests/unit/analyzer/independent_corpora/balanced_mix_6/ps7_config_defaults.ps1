[CmdletBinding()]
param(
    [string]$ConfigPath
)

$ConfigPath ??= Join-Path -Path $HOME -ChildPath '.deploy/config.json'
$config = (Test-Path -Path $ConfigPath) ? (Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json) : $null

$environment = $config?.Environment ?? 'dev'
$region = ${config}?.Region ?? 'westeurope'
$retries = $config.Retries ?? 3

Write-Verbose "Deploying to $environment in $region with $retries retries"
[pscustomobject]@{
    Environment = $environment
    Region      = $region
    Retries     = $retries
}
