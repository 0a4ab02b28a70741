<#
.SYNOPSIS
    Small helpers sourced by the deployment pipeline.
#>

function Get-BuildNumber {
    [CmdletBinding()]
    param()

    if ($env:BUILD_BUILDNUMBER) {
        return $env:BUILD_BUILDNUMBER
    }
    return (Get-Date -Format 'yyyyMMdd.HHmm')
}

function {
    [CmdletBinding()]
    param(
        [string]$Path = '.\artifacts'
    )

    Get-ChildItem -Path $Path -Filter '*.nupkg' | Sort-Object -Property LastWriteTime | Select-Object -Last 1
}

Write-Output "Build $(Get-BuildNumber)"
