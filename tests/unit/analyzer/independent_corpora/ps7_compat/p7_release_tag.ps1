#Requires -Version 7.0
<#
    Bumps the version in version.txt according to the commit message convention
    and pushes a git tag. Run from the repository root.
#>
param(
    [ValidateSet('major', 'minor', 'patch')]
    [string]$Bump = 'patch',
    [switch]$Push
)

$current = [semver](Get-Content -Path ./version.txt -Raw).Trim()
$next = switch ($Bump) {
    'major' { [semver]::new($current.Major + 1, 0, 0) }
    'minor' { [semver]::new($current.Major, $current.Minor + 1, 0) }
    default { [semver]::new($current.Major, $current.Minor, $current.Patch + 1) }
}

Set-Content -Path ./version.txt -Value $next.ToString() -NoNewline
git add version.txt && git commit -m "chore: release v$next"
git tag "v$next" || Write-Error "Tag v$next already exists"

if ($Push) {
    git push origin "v$next" && Write-Output "Pushed v$next"
}
