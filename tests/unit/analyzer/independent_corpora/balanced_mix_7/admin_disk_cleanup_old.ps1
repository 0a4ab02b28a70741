# old-style cleanup script from the file server team
$servers = Get-Content C:\scripts\servers.txt
$global:cleaned = 0

foreach ($s in $servers) {
    $disks = Get-WmiObject Win32_LogicalDisk -ComputerName $s -Filter "DriveType=3"
    foreach ($d in $disks) {
        $free = [math]::Round($d.FreeSpace / $d.Size * 100)
        if ($free -lt 10) {
            Write-Host "$s $($d.DeviceID) only $free% free" -ForegroundColor Red
            Get-ChildItem "\\$s\c`$\Windows\Temp" -Recurse -ErrorAction SilentlyContinue |
                ? { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |
                Remove-Item -Force -Recurse -ErrorAction SilentlyContinue
            $global:cleaned++
        }
    }
}
Write-Host "Cleaned $global:cleaned disks"
