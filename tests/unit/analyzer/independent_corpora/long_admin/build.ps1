<#
    CI build entry point (Azure Pipelines / local). Restores tools, builds, runs the tests and
    packs the NuGet packages.
        ./build.ps1 -Configuration Release -Version 1.4.0
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Debug',
    [string]$Version = '0.0.0-local',
    [switch]$SkipTests,
    [switch]$Pack = $true
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$artifacts = Join-Path $root 'artifacts'
$toolsDir = Join-Path $root '.tools'
$nugetExe = Join-Path $toolsDir 'nuget.exe'

function Invoke-Step {
    param(
        [string]$Name,
        [scriptblock]$Script
    )
    Write-Host "##[section]$Name"
    $sw = [Diagnostics.Stopwatch]::StartNew()
    & $Script
    if ($LASTEXITCODE -and $LASTEXITCODE -ne 0) {
        throw "$Name failed with exit code $LASTEXITCODE"
    }
    Write-Host "$Name took $([int]$sw.Elapsed.TotalSeconds)s"
}

Invoke-Step 'Tools' {
    if (-not (Test-Path $nugetExe)) {
        New-Item -ItemType Directory -Path $toolsDir -Force | Out-Null
        Invoke-WebRequest -Uri 'https://dist.nuget.org/win-x86-commandline/latest/nuget.exe' -OutFile $nugetExe -UseBasicParsing
    }
    $signature = Get-AuthenticodeSignature -FilePath $nugetExe
    if ($signature.Status -ne 'Valid' -or $signature.SignerCertificate.Subject -notmatch 'O=Microsoft Corporation') {
        Remove-Item -Path $nugetExe -Force
        throw "nuget.exe has no valid Microsoft signature ($($signature.Status))"
    }
    & $nugetExe help | Select-Object -First 1
    dotnet tool restore
}

Invoke-Step 'Clean' {
    if (Test-Path $artifacts) {
        Remove-Item $artifacts -Recurse -Force
    }
    New-Item -ItemType Directory -Path $artifacts | Out-Null
}

Invoke-Step 'Build' {
    dotnet build "$root/src/Contoso.Tools.sln" -c $Configuration -p:Version=$Version --nologo
}

if (-not $SkipTests) {
    Invoke-Step 'Test' {
        dotnet test "$root/src/Contoso.Tools.sln" -c $Configuration --no-build --logger trx --results-directory "$artifacts/tests"
    }
}

if ($Pack) {
    Invoke-Step 'Pack' {
        dotnet pack "$root/src/Contoso.Tools.sln" -c $Configuration --no-build -o $artifacts -p:PackageVersion=$Version
        Get-ChildItem $artifacts -Filter *.nupkg | % { Write-Host "  $($_.Name)" }
    }
}

Invoke-Step 'Docs' {
    Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force
    & (Join-Path $root 'docs/Build-Docs.ps1') -OutputPath (Join-Path $artifacts 'docs')
}
