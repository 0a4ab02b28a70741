#Requires -Version 7.0
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ManifestPath,

    [ValidateSet('Major', 'Minor', 'Patch')]
    [string]$Bump = 'Patch'
)

$data = Import-PowerShellDataFile -Path $ManifestPath
$current = [semver]$data.ModuleVersion
$next = switch ($Bump) {
    'Major' { [semver]::new($current.Major + 1, 0, 0) }
    'Minor' { [semver]::new($current.Major, $current.Minor + 1, 0) }
    'Patch' { [semver]::new($current.Major, $current.Minor, $current.Patch + 1) }
}

Update-ModuleManifest -Path $ManifestPath -ModuleVersion $next.ToString()
git tag "v$next" && git push origin "v$next"
$exports = $data.FunctionsToExport | Join-String -Separator ', '
Write-Output "Released $current -> $next ($exports)"
