#!/usr/bin/env pwsh
# Local CI: restore, build, test, pack. Stops at the first failing step.
param(
    [string]$Configuration = 'Release',
    [string]$Artifacts = './artifacts'
)

$ErrorActionPreference = 'Stop'

git fetch --tags --quiet && git describe --tags --always | Set-Variable -Name version
Write-Output "Building version $version"

dotnet restore && dotnet build --configuration $Configuration --no-restore
dotnet test --configuration $Configuration --no-build --logger trx || Write-Error -Message 'Tests failed' -ErrorAction Stop

New-Item -Path $Artifacts -ItemType Directory -Force | Out-Null
dotnet pack --configuration $Configuration --no-build --output $Artifacts -p:PackageVersion=$version
Get-ChildItem -Path $Artifacts -Filter '*.nupkg' | Get-FileHash -Algorithm SHA256 | Format-Table -Property Hash, Path
