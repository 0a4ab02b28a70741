<#
.SYNOPSIS
    Reports volumes that are running low on free space.
.PARAMETER ThresholdPercent
    Volumes with less free space than this (percent) are reported.
.PARAMETER ReportPath
    CSV file the report is written to.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = 15,

    [string]$ReportPath = (Join-Path -Path $env:TEMP -ChildPath 'low-disk.csv')
)

$volumes = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'

$low = foreach ($volume in $volumes) {
    if ($volume.Size -le 0) {
        continue
    }
    $freePercent = [math]::Round(($volume.FreeSpace / $volume.Size) * 100, 1)
    if ($freePercent -lt $ThresholdPercent) {
        [pscustomobject]@{
            Drive       = $volume.DeviceID
            Label       = $volume.VolumeName
            SizeGB      = [math]::Round($volume.Size / 1GB, 1)
            FreeGB      = [math]::Round($volume.FreeSpace / 1GB, 1)
            FreePercent = $freePercent
        }
    }
}

if ($null -eq $low) {
    Write-Verbose -Message "All volumes have at least $ThresholdPercent% free."
    return
}

$low | Sort-Object -Property FreePercent | Export-Csv -Path $ReportPath -NoTypeInformation -Encoding UTF8
Write-Output "$(@($low).Count) volume(s) below $ThresholdPercent% free; see $ReportPath"
