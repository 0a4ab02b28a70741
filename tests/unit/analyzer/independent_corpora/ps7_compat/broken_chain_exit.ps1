#Requires -Version 7.0
# Pre-deployment checks for the build agent.
param(
    [string]$ArtifactPath = './drop/app.zip'
)

Test-Path -Path $ArtifactPath || exit 1
dotnet --version && Write-Output 'dotnet SDK found'

$size = (Get-Item -Path $ArtifactPath).Length
Write-Output "Artifact size: $([math]::Round($size / 1MB, 1)) MB"
