#region helpers
function ConvertTo-HumanSize {
    [CmdletBinding()]
    param([Parameter(Mandatory)][long]$Bytes)
    $units = 'B', 'KB', 'MB', 'GB', 'TB'
    $i = 0
    $value = [double]$Bytes
    while ($value -ge 1024 -and $i -lt $units.Count - 1) {
        $value /= 1024
        $i++
    }
    '{0:N1} {1}' -f $value, $units[$i]
}
#endregion

<#
.SYNOPSIS
    Lists fixed volumes with their free space.
.PARAMETER MinimumFreePercent
    Only volumes below this share of free space are returned.
.EXAMPLE
    Get-VolumeReport -MinimumFreePercent 15
#>
function Get-VolumeReport {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(0, 100)]
        [int]$MinimumFreePercent = 100
    )
    Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
        Where-Object { $_.Size -gt 0 -and ($_.FreeSpace / $_.Size * 100) -lt $MinimumFreePercent } |
        ForEach-Object {
            [pscustomobject]@{
                Drive       = $_.DeviceID
                Size        = ConvertTo-HumanSize -Bytes $_.Size
                Free        = ConvertTo-HumanSize -Bytes $_.FreeSpace
                FreePercent = [math]::Round($_.FreeSpace / $_.Size * 100, 1)
            }
        }
}

Export-ModuleMember -Function Get-VolumeReport
