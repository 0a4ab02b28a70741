#Requires -Version 7
Set-Location -Path $PSScriptRoot
git fetch --prune && git status --short
dotnet build ./src/App.sln -c Release || Write-Error -Message 'build failed' -ErrorAction Stop
dotnet test ./tests/App.Tests.csproj --no-build -c Release && Write-Output 'tests passed'
$version = (git describe --tags --abbrev=0) ?? '0.0.0'
Compress-Archive -Path ./src/App/bin/Release/* -DestinationPath "./out/app-$version.zip" -Force
Write-Host "packaged $version" -ForegroundColor Green
