# weekly inventory of the branch office servers
$report = @()

$os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName 'br-dc01'
$report += [pscustomobject]@{ Server = 'br-dc01'; OS = $os.Caption; Boot = $os.LastBootUpTime }

$disk = Get-WmiObject -Class Win32_LogicalDisk -ComputerName "br-fs01" -Filter "DriveType = 3"
$report += [pscustomobject]@{ Server = 'br-fs01'; FreeGB = [math]::Round(($disk | Measure-Object -Property FreeSpace -Sum).Sum / 1GB, 1) }

Get-CimInstance -ClassName Win32_Service -ComputerName . -Filter "Name = 'Spooler'" | Select-Object -Property Name, State
Test-Connection -ComputerName localhost -Count 1 -Quiet

$dcs = 'br-dc01', 'br-dc02'
Invoke-Command -ComputerName $dcs -ScriptBlock { Get-Service -Name NTDS, DNS }
Invoke-Command -ComputerName 'br-dc01', 'br-dc02' -ScriptBlock { w32tm /query /status }
Get-CimInstance -ClassName Win32_BIOS -Cn 'br-fs01'

Restart-Computer -ComputerName "br-print01" -Wait -For PowerShell -Timeout 600 -Force

foreach ($row in $report) {
    Write-Host ('{0,-10} {1}' -f $row.Server, ($row | Out-String).Trim())
}
