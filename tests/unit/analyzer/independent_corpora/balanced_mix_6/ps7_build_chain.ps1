#!/usr/bin/env pwsh
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$root = $PSScriptRoot
Push-Location -Path $root
try {
    dotnet restore && dotnet build --configuration Release --no-restore
    dotnet test --no-build --configuration Release || Write-Warning 'Tests failed; packaging anyway.'
    $version = (git describe --tags --abbrev=0) ?? '0.0.0'
    dotnet pack --no-build --configuration Release -p:Version=$version --output ./artifacts
}
finally {
    Pop-Location
}
