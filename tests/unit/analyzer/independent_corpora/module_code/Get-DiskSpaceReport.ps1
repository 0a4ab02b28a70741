<#
.SYNOPSIS
    Reports free disk space on the local machine and flags volumes below a threshold.
.PARAMETER ThresholdPercent
    Volumes with less free space than this are marked as low.
.EXAMPLE
    .\Get-DiskSpaceReport.ps1 -ThresholdPercent 15 | Export-Csv -Path disks.csv -NoTypeInformation
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = 10
)

$volumes = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'

foreach ($volume in $volumes) {
    if ($volume.Size -le 0) {
        continue
    }

    $freePercent = [math]::Round(($volume.FreeSpace / $volume.Size) * 100, 1)
    [pscustomobject]@{
        Drive       = $volume.DeviceID
        Label       = $volume.VolumeName
        SizeGB      = [math]::Round($volume.Size / 1GB, 1)
        FreeGB      = [math]::Round($volume.FreeSpace / 1GB, 1)
        FreePercent = $freePercent
        Low         = $freePercent -lt $ThresholdPercent
    }
}
