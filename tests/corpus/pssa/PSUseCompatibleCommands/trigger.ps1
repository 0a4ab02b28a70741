Get-WmiObject -Class Win32_OperatingSystem
$uptime = Get-Uptime
$uptime
