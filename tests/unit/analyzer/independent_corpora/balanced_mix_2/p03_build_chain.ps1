#!/usr/bin/env pwsh
# CI helper: restore, build and test, stopping at the first failure
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSCommandPath

Push-Location $root
try {
    dotnet restore --locked-mode && dotnet build --no-restore -c Release && dotnet test --no-build -c Release
    if ($LASTEXITCODE -ne 0) {
        throw "Build failed with exit code $LASTEXITCODE"
    }
    git diff --quiet || Write-Warning 'Working tree has uncommitted changes after the build'
}
finally {
    Pop-Location
}

$os = $IsWindows ? 'windows' : ($IsMacOS ? 'osx' : 'linux')
Write-Output "Built on $os with PowerShell $($PSVersionTable.PSVersion)"
