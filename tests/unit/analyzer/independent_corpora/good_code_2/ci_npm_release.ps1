param(
    [ValidateSet('patch', 'minor', 'major')]
    [string]$Bump = 'patch'
)

$ErrorActionPreference = 'Stop'
Push-Location -Path (Join-Path -Path $PSScriptRoot -ChildPath '..\web')
try {
    $status = & git status --porcelain
    if ($status) {
        throw 'Working tree is not clean; commit or stash first.'
    }

    & npm ci
    if ($LASTEXITCODE -ne 0) { throw 'npm ci failed' }

    & npm run lint
    & npm test -- --ci --reporters=default --reporters=jest-junit
    if ($LASTEXITCODE -ne 0) { throw 'Tests failed' }

    $newVersion = (& npm version $Bump --no-git-tag-version).Trim()
    $manifest = Get-Content -Path 'package.json' -Raw | ConvertFrom-Json
    Write-Output "Bumped $($manifest.name) to $newVersion"

    & npm run build
    & git add package.json package-lock.json
    & git commit -m "release: $newVersion"
    & git tag $newVersion
}
finally {
    Pop-Location
}
