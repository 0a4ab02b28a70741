#!/usr/bin/env pwsh
# CI step: restore, build, test and publish the web app; stops at the first failing step.
param(
    [string]$Configuration = 'Release',
    [string]$OutputDir = './artifacts'
)

$ErrorActionPreference = 'Stop'

dotnet restore ./src/WebApp.sln && dotnet build ./src/WebApp.sln -c $Configuration --no-restore
dotnet test ./tests/WebApp.Tests.csproj -c $Configuration --no-build || Write-Error 'Unit tests failed' -ErrorAction Stop

if (-not (Test-Path -Path $OutputDir)) {
    New-Item -Path $OutputDir -ItemType Directory | Out-Null
}

dotnet publish ./src/WebApp/WebApp.csproj -c $Configuration -o $OutputDir --no-build && Write-Output "Published to $OutputDir"

$version = (Get-Content -Path ./version.txt -Raw).Trim()
Compress-Archive -Path "$OutputDir/*" -DestinationPath "./webapp-$version.zip" -Force
git tag "v$version" && git push origin "v$version"

if ($IsLinux) {
    chmod +x "$OutputDir/WebApp"
}
