param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot 'appsettings.json')
)

$config = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable
$config.Logging ??= @{}
$config.Logging.Level ??= 'Information'
$retention = $config.Logging.RetentionDays ?? 30
$dbHost = $config.Database?.Host ?? 'localhost'
$dbPort = ${config}?.Database?.Port ?? 5432

[pscustomobject]@{
    LogLevel  = $config.Logging.Level
    Retention = $retention
    Database  = "${dbHost}:$dbPort"
}
