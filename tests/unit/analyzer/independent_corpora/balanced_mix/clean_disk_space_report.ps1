<#
.SYNOPSIS
    Reports fixed disks below a free-space threshold.
.PARAMETER MinimumFreePercent
    Disks with less free space than this percentage are reported.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 99)]
    [int]$MinimumFreePercent = 15
)

$disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
foreach ($disk in $disks) {
    if (-not $disk.Size) {
        continue
    }
    $freePercent = [math]::Round(($disk.FreeSpace / $disk.Size) * 100, 1)
    Write-Verbose -Message "$($disk.DeviceID) has $freePercent% free"
    if ($freePercent -lt $MinimumFreePercent) {
        [PSCustomObject]@{
            Drive       = $disk.DeviceID
            SizeGB      = [math]::Round($disk.Size / 1GB, 1)
            FreeGB      = [math]::Round($disk.FreeSpace / 1GB, 1)
            FreePercent = $freePercent
        }
    }
}
