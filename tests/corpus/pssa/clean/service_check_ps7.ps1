#Requires -Version 7.1
<#
.SYNOPSIS
    Checks that the listed services run, using PowerShell 7 syntax.
.PARAMETER Name
    Service names to check.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$Name
)

foreach ($serviceName in $Name) {
    $service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
    $state = ${service}?.Status ?? 'Missing'
    $label = $state -eq 'Running' ? 'ok' : 'attention'
    Write-Output -InputObject "$serviceName is $state ($label)"
}
Test-Path -Path $PSScriptRoot && Write-Verbose -Message 'script folder found'
