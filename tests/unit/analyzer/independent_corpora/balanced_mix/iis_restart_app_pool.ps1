#Requires -Modules WebAdministration
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$SiteName,
    [switch]$Force = $true
)

Import-Module WebAdministration
$site = Get-Website -Name $SiteName
if (-not $site) {
    throw "Site '$SiteName' does not exist."
}
$pool = $site.applicationPool
$state = (Get-WebAppPoolState -Name $pool).Value
Write-Verbose "App pool $pool is $state"

if ($state -ne 'Started' -and -not $Force) {
    Write-Warning "Pool $pool is not running; use -Force to start it anyway."
    return
}
Restart-WebAppPool -Name $pool
Start-Sleep -Seconds 5
Get-ChildItem IIS:\AppPools | where { $_.Name -eq $pool } | ft Name, State
