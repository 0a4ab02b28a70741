#!/usr/bin/env pwsh
# Build and publish the container image (CI agent, PowerShell 7)
param(
    [Parameter(Mandatory)][string]$Tag,
    [string]$Registry = 'registry.contoso.io'
)

$image = "$Registry/portal:$Tag"
docker build -t $image . && docker push $image
if ($LASTEXITCODE -ne 0) { throw "docker failed with $LASTEXITCODE" }

git tag "release-$Tag" && git push origin "release-$Tag" || Write-Warning 'tagging failed'
$sha = (git rev-parse --short HEAD) ?? 'unknown'
"Published $image ($sha)" | Tee-Object -FilePath "$PSScriptRoot/publish.log" -Append
