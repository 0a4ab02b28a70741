#Requires -Version 7.3
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Image,

    [string]$Name = ($Image -split '[:/]')[-2],

    [int]$Port = 8080
)

$existing = docker ps --all --filter "name=^$Name$" --format '{{json .}}' | ConvertFrom-Json
$state = ${existing}?.State ?? 'absent'
Write-Verbose "Container $Name is $state"

if ($state -eq 'running') {
    docker stop $Name && docker rm $Name
}
elseif ($state -ne 'absent') {
    docker rm $Name || Write-Warning "Could not remove $Name"
}

$runArgs = @('run', '--detach', '--name', $Name, '--publish', "${Port}:80", '--restart', 'unless-stopped', $Image)
docker @runArgs
$LASTEXITCODE -eq 0 ? 'deployed' : 'failed'
