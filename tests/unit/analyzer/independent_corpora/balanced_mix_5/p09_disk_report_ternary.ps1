function Get-DiskReport {
    [CmdletBinding()]
    param([int]$WarnPercent = 15)
    foreach ($disk in Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3') {
        $freePct = [math]::Round($disk.FreeSpace / $disk.Size * 100, 1)
        [pscustomobject]@{
            Drive   = $disk.DeviceID
            FreePct = $freePct
            State   = $freePct -lt $WarnPercent ? 'LOW' : 'OK'
        }
    }
}
$report = Get-DiskReport
$report | Join-String -Property { "$($_.Drive) $($_.FreePct)% $($_.State)" } -Separator "`n"
