#Requires -Version 7.0
param([string]$ConfigPath = "$PSScriptRoot/appsettings.json")

$cfg = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable
$cfg.Logging ??= @{}
$level = $cfg.Logging.Level ?? 'Information'
$endpoint = ${cfg}?.Api?.Endpoint
$retries = $cfg['Retries'] ?? 3

if ($IsLinux) {
    $logDir = '/var/log/myapp'
}
else {
    $logDir = Join-Path $env:ProgramData 'MyApp\logs'
}

Write-Verbose "level=$level endpoint=$endpoint retries=$retries logs=$logDir"
New-Item -ItemType Directory -Path $logDir -Force | Out-Null
