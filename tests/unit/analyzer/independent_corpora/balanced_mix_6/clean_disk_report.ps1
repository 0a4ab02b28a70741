[CmdletBinding()]
param(
    [string[]]$ComputerName = @($env:COMPUTERNAME),
    [ValidateRange(1, 99)]
    [int]$WarnPercent = 15
)

foreach ($computer in $ComputerName) {
    try {
        $disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' -ComputerName $computer -ErrorAction Stop
    }
    catch {
        Write-Warning -Message "Cannot query ${computer}: $($_.Exception.Message)"
        continue
    }
    foreach ($disk in $disks) {
        $freePct = if ($disk.Size) { [math]::Round($disk.FreeSpace / $disk.Size * 100, 1) } else { 0 }
        [pscustomobject]@{
            Computer    = $computer
            Drive       = $disk.DeviceID
            SizeGB      = [math]::Round($disk.Size / 1GB, 1)
            FreePercent = $freePct
            Warning     = $freePct -lt $WarnPercent
        }
    }
}
