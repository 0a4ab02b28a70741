# Mirrors the build output to the release share.
[CmdletBinding()]
param(
    [string]$Source = '.\out\Release',
    [string]$Destination = '\\fs01\releases\inventory-api'
)

$copyParams = @{
    Path        = Join-Path -Path $Source -ChildPath '*'
    Destination $Destination
    Recurse     = $true
    Force       = $true
}

if (-not (Test-Path -Path $Destination)) {
    New-Item -Path $Destination -ItemType Directory | Out-Null
}

Copy-Item @copyParams
Write-Verbose -Message "Copied $Source to $Destination"
