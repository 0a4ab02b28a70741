Set-StrictMode -Version Latest

<#
.SYNOPSIS
    Returns the free space of each fixed volume.
.PARAMETER MinimumFreeGB
    Only volumes with less free space than this are returned.
#>
function Get-VolumeSpace {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [double]$MinimumFreeGB = [double]::MaxValue
    )
    $volumes = Get-CimInstance -ClassName Win32_Volume -Filter 'DriveType = 3'
    foreach ($volume in $volumes) {
        if ($volume.FreeSpace / 1GB -lt $MinimumFreeGB) {
            [pscustomobject]@{
                Volume = $volume.Name
                FreeGB = [math]::Round($volume.FreeSpace / 1GB, 2)
                SizeGB = [math]::Round($volume.Capacity / 1GB, 2)
            }
        }
    }
}

<#
.SYNOPSIS
    Writes a line to the maintenance log.
#>
function Write-MaintenanceLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Message,
        [string]$Path = (Join-Path -Path $env:ProgramData -ChildPath 'Maintenance\maintenance.log')
    )
    $entry = '{0:yyyy-MM-dd HH:mm:ss} {1}' -f (Get-Date), $Message
    Add-Content -Path $Path -Value $entry
}

Export-ModuleMember -Function Get-VolumeSpace, Write-MaintenanceLog
