#Requires -Version 5.1
<#
.SYNOPSIS
    Reports free disk space on the local computer.
.PARAMETER MinimumFreePercent
    Volumes below this share of free space are flagged.
.EXAMPLE
    .\clean_get_diskspace.ps1 -MinimumFreePercent 10
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 99)]
    [int]$MinimumFreePercent = 15
)

$volumes = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
foreach ($volume in $volumes) {
    if ($null -eq $volume.Size -or $volume.Size -eq 0) {
        Write-Verbose -Message "Skipping $($volume.DeviceID): no size reported"
        continue
    }
    $freePercent = [math]::Round($volume.FreeSpace / $volume.Size * 100, 1)
    [pscustomobject]@{
        Drive       = $volume.DeviceID
        FreePercent = $freePercent
        Low         = $freePercent -lt $MinimumFreePercent
    }
}
