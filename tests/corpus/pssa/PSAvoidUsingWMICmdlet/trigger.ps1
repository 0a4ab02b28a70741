Get-WmiObject -Class Win32_Service
