#Requires -Version 5.1
<#
.SYNOPSIS
    Restores, builds, tests and packs the solution for CI.
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Release',

    [string]$OutputDirectory = (Join-Path -Path $PSScriptRoot -ChildPath 'artifacts')
)

$ErrorActionPreference = 'Stop'
$solution = Get-ChildItem -Path $PSScriptRoot -Filter '*.sln' | Select-Object -First 1
if (-not $solution) {
    throw "No solution file found in $PSScriptRoot"
}

function Invoke-DotNet {
    param(
        [Parameter(Mandatory)]
        [string[]]$Arguments
    )
    Write-Verbose "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE"
    }
}

Invoke-DotNet -Arguments @('restore', $solution.FullName)
Invoke-DotNet -Arguments @('build', $solution.FullName, '--configuration', $Configuration, '--no-restore')
Invoke-DotNet -Arguments @('test', $solution.FullName, '--configuration', $Configuration, '--no-build', '--logger', 'trx')

if (-not (Test-Path -Path $OutputDirectory)) {
    $null = New-Item -Path $OutputDirectory -ItemType Directory
}
Invoke-DotNet -Arguments @('pack', $solution.FullName, '--configuration', $Configuration, '--no-build', '--output', $OutputDirectory)

Get-ChildItem -Path $OutputDirectory -Filter '*.nupkg' |
    Select-Object -Property Name, Length, LastWriteTime
