<#
.SYNOPSIS
    Builds the service image, tags it with the commit and pushes it to the registry.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Registry,

    [string]$ImageName = 'orders-api',

    [string]$Dockerfile = 'src/Orders.Api/Dockerfile'
)

$ErrorActionPreference = 'Stop'

$commit = (& git rev-parse --short HEAD).Trim()
$branch = (& git rev-parse --abbrev-ref HEAD).Trim() -replace '[^a-zA-Z0-9_.-]', '-'
$tags = @("$Registry/${ImageName}:$commit", "$Registry/${ImageName}:$branch")

# Registry password arrives through stdin so it never shows up in the process list.
$env:REGISTRY_TOKEN | & docker login $Registry --username $env:REGISTRY_USER --password-stdin
if ($LASTEXITCODE -ne 0) {
    throw "docker login to $Registry failed"
}

$buildArgs = @('build', '--file', $Dockerfile, '--label', "org.opencontainers.image.revision=$commit")
foreach ($tag in $tags) {
    $buildArgs += @('--tag', $tag)
}
$buildArgs += '.'

& docker @buildArgs
if ($LASTEXITCODE -ne 0) { throw 'docker build failed' }

foreach ($tag in $tags) {
    & docker push $tag
    if ($LASTEXITCODE -ne 0) { throw "docker push $tag failed" }
}

& docker logout $Registry | Out-Null
