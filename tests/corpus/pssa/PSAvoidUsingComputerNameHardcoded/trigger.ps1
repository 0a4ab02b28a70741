Get-CimInstance -ClassName Win32_BIOS -ComputerName 'srv-db-01'
