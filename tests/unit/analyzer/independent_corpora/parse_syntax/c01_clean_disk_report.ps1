<#
.SYNOPSIS
    Reports free space on the fixed disks of the local machine.
.PARAMETER WarningPercent
    Disks with less free space than this are flagged.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 99)]
    [int]$WarningPercent = 15
)

$disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'

foreach ($disk in $disks) {
    $freePercent = if ($disk.Size -gt 0) { [math]::Round(100 * $disk.FreeSpace / $disk.Size, 1) } else { 0 }
    [pscustomobject]@{
        Drive       = $disk.DeviceID
        SizeGB      = [math]::Round($disk.Size / 1GB, 1)
        FreeGB      = [math]::Round($disk.FreeSpace / 1GB, 1)
        FreePercent = $freePercent
        Low         = $freePercent -lt $WarningPercent
    }
}
