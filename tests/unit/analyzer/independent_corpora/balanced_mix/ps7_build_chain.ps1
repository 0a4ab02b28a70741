#!/usr/bin/env pwsh
#Requires -Version 7.2
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$root = Split-Path -Path $PSScriptRoot -Parent
Push-Location -Path $root
try {
    dotnet restore && dotnet build --configuration Release --no-restore
    dotnet test --no-build || Write-Error -Message 'Unit tests failed'
    if ($IsLinux) {
        chmod +x ./out/tool
    }
}
finally {
    Pop-Location
}
