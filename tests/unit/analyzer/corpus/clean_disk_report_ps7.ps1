#Requires -Version 7.1
<#
.SYNOPSIS
    Collects free disk space from several servers in parallel.
.PARAMETER ComputerName
    Servers to query.
.PARAMETER ThresholdPercent
    Free-space percentage below which a disk is reported as low.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,
    [int]$ThresholdPercent = 15
)

$disks = $ComputerName | ForEach-Object -Parallel {
    $session = New-CimSession -ComputerName $_
    try {
        Get-CimInstance -CimSession $session -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
    }
    finally {
        Remove-CimSession -CimSession $session
    }
} -ThrottleLimit 8

$report = foreach ($disk in $disks) {
    $size = ${disk}?.Size ?? 0
    $freePercent = $size -gt 0 ? [math]::Round($disk.FreeSpace / $size * 100, 1) : 0
    [PSCustomObject]@{
        Computer    = $disk.PSComputerName
        Drive       = $disk.DeviceID
        SizeGB      = [math]::Round($size / 1GB, 1)
        FreePercent = $freePercent
        Low         = $freePercent -lt $ThresholdPercent
    }
}
$report | Sort-Object -Property FreePercent | Format-Table -AutoSize
