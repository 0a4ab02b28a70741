Get-CimInstance -ClassName Win32_BIOS -ComputerName $env:COMPUTERNAME
Get-CimInstance -ClassName Win32_BIOS -ComputerName localhost
