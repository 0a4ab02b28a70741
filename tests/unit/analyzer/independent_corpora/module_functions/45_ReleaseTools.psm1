<#
.SYNOPSIS
    Checks a module manifest before release.
#>
function Validate-Manifest {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )

    $manifest = Test-ModuleManifest -Path $Path -ErrorAction Stop
    if (-not $manifest.Description) {
        throw "Manifest $Path has no description."
    }
    $manifest
}

<#
.SYNOPSIS
    Builds release notes from the commits since the last tag.
#>
function Generate-ReleaseNotes {
    [CmdletBinding()]
    param(
        [string]$Since = (git describe --tags --abbrev=0)
    )

    git log "$Since..HEAD" --pretty=format:'- %s (%h)' |
        Where-Object { $_ -notmatch '^- (chore|ci):' }
}

<#
.SYNOPSIS
    Deletes build output and packages.
#>
function Cleanup-Artifacts {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string]$Root = (Join-Path -Path $PSScriptRoot -ChildPath 'out')
    )

    Get-ChildItem -Path $Root -Include '*.nupkg', '*.zip' -Recurse | Remove-Item -Force
}

<#
.SYNOPSIS
    Returns the changelog section for one version.
#>
function Get-ChangelogSection {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)]
        [version]$Version,

        [string]$Path = (Join-Path -Path $PSScriptRoot -ChildPath 'CHANGELOG.md')
    )

    $text = Get-Content -Path $Path -Raw
    $pattern = '(?ms)^## \[?{0}\]?.*?(?=^## |\z)' -f [regex]::Escape($Version.ToString())
    [regex]::Match($text, $pattern).Value
}

Export-ModuleMember -Function Validate-Manifest, Generate-ReleaseNotes, Cleanup-Artifacts, Get-ChangelogSection
