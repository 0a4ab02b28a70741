#Requires -Version 7.0
[CmdletBinding()]
param(
    [string]$Share = '\\fs01\deploy',
    [string]$Target = 'C:\apps\portal'
)

$package = Get-ChildItem -Path $Share -Filter 'portal-*.zip' |
    Sort-Object -Property LastWriteTime -Descending -Top 1

try {
    Expand-Archive -Path $package.FullName -DestinationPath $Target -Force
    $version = ($package.BaseName -split '-')[1]
    Set-Content -Path (Join-Path -Path $Target -ChildPath 'VERSION') -Value $version
}

Write-Output "Deployed $($package?.Name ?? 'nothing')"
