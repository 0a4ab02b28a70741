<#
.SYNOPSIS
    Resolves the effective settings of a service from three configuration layers.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ServiceName
)

$defaults = Get-Content -Path "$PSScriptRoot\defaults.json" -Raw | ConvertFrom-Json
$siteFile = "$PSScriptRoot\site.json"
$site = (Test-Path -Path $siteFile) ? (Get-Content -Path $siteFile -Raw | ConvertFrom-Json) : $null
$override = $env:SVC_OVERRIDE ? ($env:SVC_OVERRIDE | ConvertFrom-Json) : $null

$port = ${override}?.Port ?? ${site}?.Port ?? $defaults.Port
$hosts = (${site}?.Hosts ?? @('localhost'))[0]
$logLevel = $override.LogLevel
$logLevel ??= 'Information'

# without braces, $site?.Name reads a variable named "site?", so this is always $null
$siteName = $site?.Name
$label = "$ServiceName on $hosts`:$port ($logLevel) $siteName"

[pscustomobject]@{
    Service  = $ServiceName
    Port     = $port
    Host     = $hosts
    LogLevel = $logLevel
    Label    = $label
}
