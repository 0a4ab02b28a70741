#Requires -Version 7.2
<#
.SYNOPSIS
    Bumps the semantic version in version.json and writes the release notes file.
#>
[CmdletBinding()]
param(
    [ValidateSet('Major', 'Minor', 'Patch')]
    [string]$Part = 'Patch',
    [string]$VersionFile = './version.json'
)

$current = [semver](Get-Content -Path $VersionFile -Raw | ConvertFrom-Json).version
$next = switch ($Part) {
    'Major' { [semver]::new($current.Major + 1, 0, 0) }
    'Minor' { [semver]::new($current.Major, $current.Minor + 1, 0) }
    'Patch' { [semver]::new($current.Major, $current.Minor, $current.Patch + 1) }
}

@{ version = $next.ToString() } | ConvertTo-Json | Set-Content -Path $VersionFile

$notesName = (Split-Path -Path $VersionFile -LeafBase) + "-$next.md"
$changes = git log --pretty=format:'- %s' "v$current..HEAD"
$changes | Set-Content -Path $notesName
Write-Verbose "Released $next ($($changes.Count) changes)"
