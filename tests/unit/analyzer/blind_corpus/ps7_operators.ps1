#Requires -Version 7.0
param(
    [string]$ConfigPath
)

$ConfigPath ??= Join-Path -Path $PSScriptRoot -ChildPath 'settings.json'
$config = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable
$level = $config.LogLevel ?? 'Information'
$mode = $config.Debug ? 'verbose' : 'quiet'
$svc = Get-Service -Name 'W32Time' -ErrorAction SilentlyContinue
$status = ${svc}?.Status
Write-Output "Time service: $status, log level $level, mode $mode"
Test-Path -Path $ConfigPath && Write-Output 'config present'
Get-Item -Path 'C:\missing' -ErrorAction SilentlyContinue || Write-Output 'missing'
