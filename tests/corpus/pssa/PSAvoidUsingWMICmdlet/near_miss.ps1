Get-CimInstance -ClassName Win32_Service
