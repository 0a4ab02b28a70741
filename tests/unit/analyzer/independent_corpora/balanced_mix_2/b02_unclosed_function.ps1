function Get-DiskReport {
    param([string]$ComputerName = $env:COMPUTERNAME)

    $disks = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $ComputerName -Filter 'DriveType=3'
    foreach ($d in $disks) {
        [pscustomobject]@{
            Drive  = $d.DeviceID
            SizeGB = [math]::Round($d.Size / 1GB, 1)
            FreeGB = [math]::Round($d.FreeSpace / 1GB, 1)
        }

}

Get-DiskReport | Format-Table -AutoSize
