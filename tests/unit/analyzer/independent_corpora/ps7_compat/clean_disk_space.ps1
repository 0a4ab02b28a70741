<#
.SYNOPSIS
    Warns when a fixed disk on the local server runs low on free space.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = 15
)

$disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'

foreach ($disk in $disks) {
    $freePercent = [math]::Round(($disk.FreeSpace / $disk.Size) * 100, 1)
    $entry = [pscustomobject]@{
        Drive       = $disk.DeviceID
        SizeGB      = [math]::Round($disk.Size / 1GB, 1)
        FreePercent = $freePercent
    }
    if ($freePercent -lt $ThresholdPercent) {
        Write-Warning ('{0} has only {1}% free' -f $disk.DeviceID, $freePercent)
    }
    $entry
}
