#Requires -Version 7.0
# Quick health line for the MOTD on our Linux and Windows build agents.
$uptime = Get-Uptime
$bootTime = Get-Uptime -Since
$os = $IsLinux ? 'Linux' : ($IsMacOS ? 'macOS' : 'Windows')
$load = if ($IsLinux) { (Get-Content -Path /proc/loadavg -Raw).Split(' ')[0] } else { 'n/a' }

'{0} up {1:%d}d {1:hh\:mm}, booted {2:u}, load {3}' -f $os, $uptime, $bootTime, $load
