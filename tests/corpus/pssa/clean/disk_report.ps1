<#
.SYNOPSIS
    Reports free space on the local fixed disks.
.PARAMETER MinimumFreePercent
    Disks with less free space than this are flagged.
.EXAMPLE
    ./disk_report.ps1 -MinimumFreePercent 15
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 99)]
    [int]$MinimumFreePercent = 10
)

$ErrorActionPreference = 'Stop'
$global:ProgressPreference = 'SilentlyContinue'

$disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
foreach ($disk in $disks) {
    $freePercent = [math]::Round(($disk.FreeSpace / $disk.Size) * 100, 1)
    $status = if ($freePercent -lt $MinimumFreePercent) { 'LOW' } else { 'OK' }
    [pscustomobject]@{
        Drive       = $disk.DeviceID
        FreePercent = $freePercent
        Status      = $status
    }
}
