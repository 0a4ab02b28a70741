# quick and dirty hardware inventory - Mike
# needs domain admin

$cs = Get-WmiObject Win32_ComputerSystem -ComputerName SQLPROD01
$os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName SQLPROD01
$disks = Get-WmiObject Win32_LogicalDisk -ComputerName SQLPROD01 -Filter "DriveType=3"

$info = New-Object PSObject
Add-Member -InputObject $info NoteProperty Model $cs.Model
Add-Member -InputObject $info NoteProperty RAMGB ([math]::Round($cs.TotalPhysicalMemory / 1GB))
Add-Member -InputObject $info NoteProperty OS $os.Caption

foreach ($d in $disks) {
    $free = [math]::Round($d.FreeSpace / 1GB, 1)
    $info | Add-Member NoteProperty "Free_$($d.DeviceID.TrimEnd(':'))" $free
}

$info | fl
