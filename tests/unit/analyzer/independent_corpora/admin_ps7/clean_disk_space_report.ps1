<#
.SYNOPSIS
    Reports fixed disks below a free-space threshold on a list of servers.
.PARAMETER ComputerName
    Servers to query.
.PARAMETER ThresholdPercent
    Free-space percentage below which a disk is reported.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = 15
)

$cimSession = New-CimSession -ComputerName $ComputerName -ErrorAction SilentlyContinue -ErrorVariable connectErrors
foreach ($failure in $connectErrors) {
    Write-Warning "Could not connect: $($failure.TargetObject)"
}

try {
    $disks = Get-CimInstance -CimSession $cimSession -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
    $disks |
        ForEach-Object {
            $freePercent = if ($_.Size) { [math]::Round(($_.FreeSpace / $_.Size) * 100, 1) } else { 0 }
            [pscustomobject]@{
                Server      = $_.PSComputerName
                Drive       = $_.DeviceID
                SizeGB      = [math]::Round($_.Size / 1GB, 1)
                FreePercent = $freePercent
            }
        } |
        Where-Object { $_.FreePercent -lt $ThresholdPercent } |
        Sort-Object -Property FreePercent
}
finally {
    if ($cimSession) {
        Remove-CimSession -CimSession $cimSession
    }
}
