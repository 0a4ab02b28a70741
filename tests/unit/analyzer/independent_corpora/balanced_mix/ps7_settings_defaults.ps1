param(
    [string]$ConfigPath
)

$ConfigPath ??= Join-Path -Path $PSScriptRoot -ChildPath 'settings.json'
$config = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable

$logLevel = $config['LogLevel'] ?? 'Information'
$retries = $config['Retries'] ?? 3
$proxy = ${config}?['Proxy']
$firstMirror = ${config}?.Mirrors?[0]

Write-Verbose -Message "Log level $logLevel, retries $retries, proxy $proxy, mirror $firstMirror"
