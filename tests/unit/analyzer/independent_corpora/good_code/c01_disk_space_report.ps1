#Requires -Version 5.1
<#
.SYNOPSIS
    Reports free space on fixed disks for one or more servers.
.DESCRIPTION
    Queries Win32_LogicalDisk over CIM and flags volumes below a threshold.
.PARAMETER ComputerName
    Servers to query. Defaults to the local machine.
.PARAMETER ThresholdPercent
    Volumes with less free space than this are marked as low.
.EXAMPLE
    .\c01_disk_space_report.ps1 -ComputerName web01, web02 -ThresholdPercent 15
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [Parameter(ValueFromPipeline = $true)]
    [ValidateNotNullOrEmpty()]
    [string[]]$ComputerName = $env:COMPUTERNAME,

    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = 10
)

process {
    foreach ($computer in $ComputerName) {
        Write-Verbose -Message "Querying $computer"
        try {
            $disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' -ComputerName $computer -ErrorAction Stop
        }
        catch {
            Write-Warning -Message "Could not query ${computer}: $($_.Exception.Message)"
            continue
        }
        foreach ($disk in $disks) {
            $freePercent = 0
            if ($disk.Size -gt 0) {
                $freePercent = [math]::Round(($disk.FreeSpace / $disk.Size) * 100, 1)
            }
            [pscustomobject]@{
                ComputerName = $computer
                Drive        = $disk.DeviceID
                SizeGB       = [math]::Round($disk.Size / 1GB, 1)
                FreeGB       = [math]::Round($disk.FreeSpace / 1GB, 1)
                FreePercent  = $freePercent
                IsLow        = $freePercent -lt $ThresholdPercent
            }
        }
    }
}
