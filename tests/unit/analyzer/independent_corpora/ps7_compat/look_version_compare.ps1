<#
.SYNOPSIS
    Lists installed modules that are older than the version pinned in requirements.psd1.
    Uses [version], which both editions have, rather than [semver].
#>
[CmdletBinding()]
param(
    [string]$RequirementsPath = (Join-Path -Path $PSScriptRoot -ChildPath 'requirements.psd1')
)

$required = Import-PowerShellDataFile -Path $RequirementsPath

foreach ($name in $required.Keys) {
    $wanted = [version]$required[$name]
    $installed = Get-Module -ListAvailable -Name $name |
        Sort-Object -Property Version -Descending |
        Select-Object -First 1

    if (-not $installed) {
        Write-Warning "$name is not installed (wanted $wanted)"
    }
    elseif ($installed.Version -lt $wanted) {
        [pscustomobject]@{ Module = $name; Installed = $installed.Version; Required = $wanted }
    }
}
