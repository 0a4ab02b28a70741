<#
.SYNOPSIS
    Reports free space on the fixed disks of a list of servers.
.PARAMETER ComputerName
    Servers to query. Defaults to the local computer.
.PARAMETER MinimumFreePercent
    Disks below this percentage of free space are flagged.
.EXAMPLE
    .\clean_disk_usage_report.ps1 -ComputerName fs01, fs02 -MinimumFreePercent 15
#>
[CmdletBinding()]
param(
    [string[]]$ComputerName = @($env:COMPUTERNAME),
    [ValidateRange(1, 99)]
    [int]$MinimumFreePercent = 10
)

function Get-DiskUsage {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [string]$Computer
    )
    $disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' -ComputerName $Computer
    foreach ($disk in $disks) {
        $freePercent = if ($disk.Size) { [math]::Round($disk.FreeSpace / $disk.Size * 100, 1) } else { 0 }
        [pscustomobject]@{
            Computer    = $Computer
            Drive       = $disk.DeviceID
            SizeGB      = [math]::Round($disk.Size / 1GB, 1)
            FreePercent = $freePercent
        }
    }
}

$report = foreach ($name in $ComputerName) {
    try {
        Get-DiskUsage -Computer $name -ErrorAction Stop
    }
    catch {
        Write-Warning "Could not query ${name}: $($_.Exception.Message)"
    }
}

$report |
    Where-Object FreePercent -lt $MinimumFreePercent |
    Sort-Object -Property FreePercent |
    Format-Table -AutoSize
