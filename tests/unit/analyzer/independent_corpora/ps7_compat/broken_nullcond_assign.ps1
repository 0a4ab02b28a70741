#Requires -Version 7.1
# Turns on debug logging in the app config if it was loaded.
param(
    [string]$ConfigPath = './appsettings.Development.json'
)

$config = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json
${config}?.LogLevel = 'Debug'
$config.Environment ??= 'Development'

$config | ConvertTo-Json -Depth 10 | Set-Content -Path $ConfigPath
