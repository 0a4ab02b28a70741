# Weekly restart of the print and scan services in the Leeds branch office
$services = 'Spooler', 'ScanSvc'

foreach ($svc in $services) {
    Invoke-Command -ComputerName 'LDS-PRN01' -ScriptBlock { Restart-Service -Name $using:svc -Force }
}

$disk = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName "LDS-FS01" -Filter "DeviceID='D:'"
if ($disk.FreeSpace / $disk.Size -lt 0.1) {
    Write-Warning ('LDS-FS01 D: is at {0:P0} free' -f ($disk.FreeSpace / $disk.Size))
}

Restart-Computer -ComputerName LDS-KIOSK07 -Force -Wait -For PowerShell -Timeout 600

# these two are fine: local machine and a list
Get-CimInstance -ClassName Win32_Service -ComputerName localhost -Filter "Name='Spooler'" | Select-Object Name, State
Test-Connection -ComputerName 'LDS-PRN01', 'LDS-FS01' -Count 1 -Quiet
