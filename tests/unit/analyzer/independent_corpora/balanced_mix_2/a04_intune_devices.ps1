#Requires -Modules Microsoft.Graph.DeviceManagement
<#
.SYNOPSIS
    Exports Intune managed devices that have not checked in recently.
.PARAMETER StaleDays
    Devices whose last sync is older than this are reported.
#>
[CmdletBinding()]
param(
    [int]$StaleDays = 30,
    [Parameter(Mandatory)] [string]$TenantId = 'contoso.onmicrosoft.com',
    [string]$ClientId,
    [string]$ClientSecret
)

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$cutoff = (Get-Date).AddDays(-$StaleDays)
$devices = Get-MgDeviceManagementManagedDevice -All

$stale = $devices | Where-Object { $_.LastSyncDateTime -lt $cutoff } |
    Select-Object DeviceName, UserPrincipalName, OperatingSystem, LastSyncDateTime

$stale | Export-Csv -Path (Join-Path $PWD 'stale-devices.csv') -NoTypeInformation
Write-Output "Found $($stale.Count) stale devices"
Disconnect-MgGraph | Out-Null
